package dev.crosscheck.pipeline;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;

/**
 * One document after extraction: its article, or the reason it was rejected.
 *
 * @param article null when rejected
 * @param rejection null when extracted
 */
public record ExtractedDocument(RawDocument document, Article article, Rejection rejection) {
  /** Whether the document gave an article. */
  public boolean accepted() {
    return article != null;
  }
}
