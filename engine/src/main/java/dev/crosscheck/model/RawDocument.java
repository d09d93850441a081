package dev.crosscheck.model;

import java.util.Objects;

/**
 * A document as read from an input, before extraction.
 *
 * @param id the article id (JSON Lines {@code id}, else the file name without recognized
 *     extensions)
 * @param input where it came from: a path, or {@code path:line} for a JSON Lines record
 * @param format how {@link #content} is to be read
 * @param content the decoded text or HTML, never null
 * @param hints metadata the input already carried (JSON Lines fields); fields may be null
 */
public record RawDocument(
    String id, String input, Format format, String content, ArticleHints hints) {

  /** How the content of a raw document is written. */
  public enum Format {
    TEXT,
    HTML
  }

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? ArticleHints.NONE : hints;
  }
}
