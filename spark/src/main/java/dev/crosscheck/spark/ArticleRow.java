package dev.crosscheck.spark;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;
import java.io.Serializable;

/**
 * An article or a raw document in a form Spark can ship between tasks (engine records are not
 * serializable). For a raw document, {@code text} holds the content and {@code html} its format.
 */
record ArticleRow(
    Order order,
    String id,
    String input,
    String title,
    String byline,
    String source,
    String url,
    String published,
    String language,
    String text,
    boolean html)
    implements Serializable {

  static ArticleRow of(Order order, Article a) {
    return new ArticleRow(
        order,
        a.id(),
        a.input(),
        a.title(),
        a.byline(),
        a.source(),
        a.url(),
        a.published(),
        a.language(),
        a.text(),
        false);
  }

  static ArticleRow of(Order order, RawDocument d) {
    ArticleHints h = d.hints();
    return new ArticleRow(
        order,
        d.id(),
        d.input(),
        h.title(),
        null,
        h.source(),
        h.url(),
        h.published(),
        h.language(),
        d.content(),
        d.format() == RawDocument.Format.HTML);
  }

  Article article() {
    return new Article(id, input, title, byline, source, url, published, language, text);
  }

  RawDocument document() {
    return new RawDocument(
        id,
        input,
        html ? RawDocument.Format.HTML : RawDocument.Format.TEXT,
        text,
        new ArticleHints(title, source, url, published, language));
  }
}
