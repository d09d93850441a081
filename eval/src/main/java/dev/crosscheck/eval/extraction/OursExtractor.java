package dev.crosscheck.eval.extraction;

import dev.crosscheck.extract.ArticleExtractor;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;

/** Our extractor ({@link ArticleExtractor}), the body text only. */
public final class OursExtractor implements TextExtractor {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public String name() {
    return "crosscheck";
  }

  @Override
  public String extract(RawDocument page) {
    return article(page).text();
  }

  /** The whole article, for the metadata scores. */
  public Article article(RawDocument page) {
    return extractor.extract(page);
  }
}
