package dev.crosscheck.eval.extraction;

import dev.crosscheck.model.RawDocument;
import net.dankito.readability4j.Readability4J;

/** The Readability4J baseline: {@code new Readability4J(url, html).parse().getTextContent()}. */
public final class Readability4jExtractor implements TextExtractor {
  /** The address given when the page has none: Readability4J needs one to resolve links. */
  static final String NO_URL = "http://localhost/";

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String extract(RawDocument page) {
    String url = page.hints().url() == null ? NO_URL : page.hints().url();
    String text = new Readability4J(url, page.content()).parse().getTextContent();
    return text == null ? "" : text;
  }
}
