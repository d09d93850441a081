package dev.crosscheck.eval.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.crosscheck.model.RawDocument;

/** The boilerpipe baseline: {@code ArticleExtractor.INSTANCE.getText(html)}. */
public final class BoilerpipeExtractor implements TextExtractor {
  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public String extract(RawDocument page) throws Exception {
    String text = ArticleExtractor.INSTANCE.getText(page.content());
    return text == null ? "" : text;
  }
}
