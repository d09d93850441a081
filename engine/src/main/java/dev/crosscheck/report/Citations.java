package dev.crosscheck.report;

import dev.crosscheck.model.ArticleResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The citation numbers of one story: its articles are [1], [2], … in the order the story lists
 * them, and any other cited article gets the next number when first cited. A marker links to the
 * article's anchor when the run has that article, and is plain text otherwise, so no link dangles.
 */
final class Citations {

  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final ReportIndex index;

  Citations(List<String> storyArticles, ReportIndex index) {
    this.index = index;
    storyArticles.forEach(this::number);
  }

  /** The number of an article in this story, assigning the next one on first use. */
  int number(String id) {
    return numbers.computeIfAbsent(id, k -> numbers.size() + 1);
  }

  /** Appends the marker {@code [n]} for one cited article. */
  void cite(Element parent, String id) {
    String marker = "[" + number(id) + "]";
    ArticleResult article = index.article(id);
    if (article == null) {
      parent
          .appendElement("span")
          .addClass("cite missing")
          .attr("title", "not in this run: " + ReportText.field(id, 200))
          .text(marker);
      return;
    }
    parent
        .appendElement("a")
        .addClass("cite")
        .attr("href", "#" + Anchors.article(id))
        .attr("title", label(id))
        .text(marker);
  }

  /** Appends the markers of several articles, each once. */
  void citeAll(Element parent, List<String> ids) {
    ids.stream().distinct().forEach(id -> cite(parent, id));
  }

  /**
   * Appends a link naming an article, {@code [n] title}, or plain text when it is not in the run.
   */
  void name(Element parent, String id) {
    String text = "[" + number(id) + "] " + label(id);
    if (index.article(id) == null) {
      parent.appendElement("span").addClass("missing").text(text + " (not in this run)");
    } else {
      parent.appendElement("a").attr("href", "#" + Anchors.article(id)).text(text);
    }
  }

  /** The article's title, or its id when it has none. */
  String label(String id) {
    ArticleResult a = index.article(id);
    String title = a == null ? null : a.article().title();
    return ReportText.field(title == null || title.isBlank() ? id : title, 300);
  }
}
