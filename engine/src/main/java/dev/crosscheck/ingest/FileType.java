package dev.crosscheck.ingest;

import java.util.Locale;

/**
 * What a file name says about its content: the kind of input, whether it is gzipped, and the
 * article id it gives (the name without its recognized extensions).
 *
 * @param kind the kind of input the extension announces
 * @param gzipped whether the name ends in {@code .gz}
 * @param articleId the file name with {@code .gz} and then one content extension removed
 * @param extension the last extension as written (for messages), or "" when there is none
 */
record FileType(Kind kind, boolean gzipped, String articleId, String extension) {

  /** The kinds of input a file extension can announce. */
  enum Kind {
    TEXT,
    HTML,
    JSON_LINES,
    FEED,
    WARC,
    UNSUPPORTED
  }

  private static final String GZ = ".gz";

  /** Classifies a file name (not a path) by its extensions, ignoring case. */
  static FileType of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean gzipped = lower.endsWith(GZ) && lower.length() > GZ.length();
    String stem = gzipped ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
    String extension = extensionOf(stem);
    Kind kind = kindOf(extension.toLowerCase(Locale.ROOT));
    if (kind == Kind.UNSUPPORTED && gzipped && extension.isEmpty()) {
      extension = GZ;
    }
    String id =
        kind == Kind.UNSUPPORTED ? stem : stem.substring(0, stem.length() - extension.length());
    return new FileType(kind, gzipped, id, extension);
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  private static Kind kindOf(String extension) {
    return switch (extension) {
      case ".txt" -> Kind.TEXT;
      case ".html", ".htm" -> Kind.HTML;
      case ".jsonl" -> Kind.JSON_LINES;
      case ".xml", ".rss", ".atom" -> Kind.FEED;
      case ".warc" -> Kind.WARC;
      default -> Kind.UNSUPPORTED;
    };
  }
}
