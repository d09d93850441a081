package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Renders one article: its facts as a definition list and its body, collapsed, one paragraph per
 * {@code <p>}. The body is cut at a bounded length with a visible note.
 */
final class ArticleBlock {

  /** Metadata fields (title, source, input, …) longer than this are cut. */
  static final int MAX_FIELD_CHARS = 2_000;

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final int maxBodyChars;

  ArticleBlock(int maxBodyChars) {
    this.maxBodyChars = maxBodyChars;
  }

  /** Appends the block; {@code anchored} says whether it carries the article's fragment id. */
  void render(Element parent, ArticleResult result, Citations citations, boolean anchored) {
    render(parent, result, citations, anchored, null);
  }

  /**
   * Appends the block; {@code compareAnchor} is the fragment id of its side-by-side view with its
   * source, or null when there is none.
   */
  void render(
      Element parent,
      ArticleResult result,
      Citations citations,
      boolean anchored,
      String compareAnchor) {
    Article article = result.article();
    Element block = parent.appendElement("article").addClass("article");
    if (anchored) {
      block.id(Anchors.article(article.id()));
    }
    Element heading = block.appendElement("h4");
    if (citations != null) {
      heading
          .appendElement("span")
          .addClass("num")
          .text("[" + citations.number(article.id()) + "]");
      heading.appendText(" ");
    }
    Element title = heading.appendElement("span").attr("dir", "auto");
    language(title, article.language());
    title.text(title(article));
    facts(block, result, citations, compareAnchor);
    body(block, article);
  }

  private void facts(
      Element block, ArticleResult result, Citations citations, String compareAnchor) {
    Article article = result.article();
    Element dl = block.appendElement("dl").addClass("facts");
    fact(dl, "Id", article.id());
    fact(dl, "Source", article.source());
    fact(dl, "Byline", article.byline());
    fact(dl, "Published", article.published());
    fact(dl, "Language", article.language());
    fact(dl, "Address", article.url());
    fact(dl, "Input", article.input());
    fact(dl, "Role", result.role() == null ? null : result.role().label());
    if (result.derivedFrom() != null) {
      dl.appendElement("dt").text("Derived from");
      Element dd = dl.appendElement("dd");
      if (citations != null) {
        citations.name(dd, result.derivedFrom());
      } else {
        dd.text(ReportText.field(result.derivedFrom(), MAX_FIELD_CHARS));
      }
      if (compareAnchor != null) {
        dd.appendText(" · ");
        dd.appendElement("a")
            .addClass("compare-link")
            .attr("href", "#" + compareAnchor)
            .text("compare with its source");
      }
    }
    if (result.fillerSentences() > 0) {
      fact(dl, "Filler", ReportText.count(result.fillerSentences(), "sentence", "sentences"));
    }
  }

  private static void fact(Element dl, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    dl.appendElement("dt").text(name);
    dl.appendElement("dd").attr("dir", "auto").text(ReportText.field(value, MAX_FIELD_CHARS));
  }

  private void body(Element block, Article article) {
    String text = ReportText.clean(article.text());
    boolean cut = text.length() > maxBodyChars;
    Article shown = cut ? article.withText(ReportText.field(text, maxBodyChars)) : article;
    List<String> paragraphs = shown.paragraphs();
    Element details = block.appendElement("details").addClass("body");
    details
        .appendElement("summary")
        .text(
            "Text ("
                + ReportText.count(paragraphs.size(), "paragraph", "paragraphs")
                + ", "
                + ReportText.count(text.length(), "character", "characters")
                + ")");
    Element wrap = details.appendElement("div").attr("dir", "auto");
    language(wrap, article.language());
    for (String p : paragraphs) {
      wrap.appendElement("p").text(ReportText.clean(p));
    }
    if (paragraphs.isEmpty()) {
      details.appendElement("p").addClass("note").text("No text was extracted.");
    }
    if (cut) {
      details
          .appendElement("p")
          .addClass("note")
          .text(
              "Text truncated: showing the first "
                  + maxBodyChars
                  + " of "
                  + text.length()
                  + " characters.");
    }
  }

  static String title(Article article) {
    String title = article.title();
    return ReportText.field(
        title == null || title.isBlank() ? "(untitled: " + article.id() + ")" : title,
        MAX_FIELD_CHARS);
  }

  private static void language(Element element, String language) {
    if (language != null && LANGUAGE_TAG.matcher(language).matches()) {
      element.attr("lang", language);
    }
  }
}
