package dev.crosscheck.cli;

/** Entry point of the {@code crosscheck} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
