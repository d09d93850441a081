package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import java.util.Objects;

/**
 * An article offered to a store, with the raw document it was extracted from.
 *
 * @param article the extracted article (its language already detected)
 * @param raw the document as read, kept so that a later extractor can run again
 */
public record NewArticle(Article article, RawDocument raw) {
  public NewArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(raw, "raw");
  }
}
