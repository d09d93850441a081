package dev.crosscheck.extract;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;

/**
 * The front door of extraction: turns a raw document into an article, dispatching on its format to
 * the HTML or the plain-text extractor. Hints the input carried win over what is found; the
 * language is left as hinted (detected by a later stage). Never throws for malformed content.
 * Thread-safe.
 */
public final class ArticleExtractor {
  private final HtmlExtractor html = new HtmlExtractor();
  private final PlainTextExtractor plain = new PlainTextExtractor();

  /**
   * Extracts an article from a raw document.
   *
   * @param doc the document; must not be null
   * @return the article, whose text is the body only (paragraphs separated by a blank line)
   */
  public Article extract(RawDocument doc) {
    if (doc == null) {
      throw new IllegalArgumentException("doc must not be null");
    }
    Extraction found =
        doc.format() == RawDocument.Format.HTML
            ? html.extract(doc.content())
            : plain.extract(doc.content());
    ArticleHints hints = doc.hints();
    return new Article(
        doc.id(),
        doc.input(),
        prefer(hints.title(), found.title()),
        found.byline(),
        prefer(hints.source(), found.source()),
        prefer(hints.url(), found.url()),
        prefer(hints.published(), published(found, hints)),
        hints.language(),
        found.text());
  }

  /** The date found in the page, else the one its hinted address states. */
  private static String published(Extraction found, ArticleHints hints) {
    return found.published() != null ? found.published() : DateFinder.fromUrl(hints.url());
  }

  private static String prefer(String hint, String found) {
    return hint != null && !hint.isBlank() ? hint : found;
  }
}
