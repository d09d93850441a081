package dev.crosscheck.cli;

/** The {@code --store} option's text, shared by the commands that take it. */
final class StoreOption {
  static final String DESCRIPTION =
      "Store to keep articles and stories in: a file (SQLite, created if missing) or"
          + " postgresql://[user[:password]@]host[:port]/db (also jdbc:postgresql://...)";

  private StoreOption() {}
}
