package dev.crosscheck.model;

/**
 * Metadata an input supplies alongside the body (for example the fields of a JSON Lines record).
 * Every field may be null; the extractor prefers a hint over what it finds in the content.
 *
 * @param published ISO-8601 date or date-time, as given
 */
public record ArticleHints(
    String title, String source, String url, String published, String language) {

  /** No hints at all. */
  public static final ArticleHints NONE = new ArticleHints(null, null, null, null, null);
}
