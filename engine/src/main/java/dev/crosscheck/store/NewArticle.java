package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import java.util.Objects;

/**
 * An article offered to a store, with the raw document it was extracted from.
 *
 * @param article the extracted article (its language already detected)
 * @param raw the document as read, kept so that a later extractor can run again
 * @param fingerprint its fingerprint, stored with it; null when it is to be computed later
 */
public record NewArticle(Article article, RawDocument raw, Fingerprint fingerprint) {
  public NewArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(raw, "raw");
  }

  /** An article without a fingerprint (one is computed when the stories are next updated). */
  public NewArticle(Article article, RawDocument raw) {
    this(article, raw, null);
  }
}
