package dev.crosscheck.server;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Story;
import dev.crosscheck.report.HtmlReportWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The HTML pages of the web UI. Story, article and side-by-side pages are the report's own
 * rendering with a navigation bar added; the story list is built here in the same style. Every
 * input string reaches the page as escaped text through jsoup.
 */
final class Pages {
  /** Titles in the story list are cut to this many characters. */
  static final int MAX_TITLE_CHARS = 300;

  private final HtmlReportWriter writer = new HtmlReportWriter();

  /** The front page: every story with its counts, linking to its page. */
  String storyList(RunView view) {
    Document doc = shell("Crosscheck stories");
    Element body = doc.body();
    nav(body);
    body.appendElement("h1").text("Stories");
    List<Story> stories = view.result().stories();
    body.appendElement("p")
        .addClass("summary")
        .text(
            view.result().articles().size()
                + " articles · "
                + stories.size()
                + " stories · "
                + view.result().rejected().size()
                + " rejected inputs");
    if (stories.isEmpty()) {
      body.appendElement("p").addClass("note").text("There are no stories yet.");
      return doc.outerHtml() + "\n";
    }
    Element list = body.appendElement("ol").addClass("toc story-list");
    for (Story story : stories) {
      Element item = list.appendElement("li");
      item.appendElement("a")
          .attr("href", "/stories/" + segment(story.id()))
          .attr("dir", "auto")
          .text(title(story));
      long contradicted =
          story.claims().stream().filter(c -> c.status() == ClaimStatus.CONTRADICTED).count();
      item.appendElement("span")
          .addClass("meta")
          .text(
              " — "
                  + story.articles().size()
                  + " articles · "
                  + story.origins().size()
                  + " lineage groups · "
                  + story.claims().size()
                  + " claims"
                  + (contradicted > 0 ? " (" + contradicted + " contradicted)" : ""));
    }
    return doc.outerHtml() + "\n";
  }

  /** One story as the report shows it: brief, lineage, claims, articles, side-by-side views. */
  String story(RunView view, Story story) {
    Document doc = Jsoup.parse(writer.write(view.only(story)));
    doc.title(title(story) + " · Crosscheck");
    nav(doc.body());
    return finish(doc);
  }

  /** One article with its text, and links comparing it with the other articles of its story. */
  String article(RunView view, ArticleResult article) {
    Document doc = Jsoup.parse(writer.writeArticle(article));
    Element body = doc.body();
    Element main = body.selectFirst("main");
    nav(body);
    Story story = view.story(article.story());
    if (story != null && main != null) {
      Element p = main.appendElement("p");
      p.appendText("Story: ");
      p.appendElement("a").attr("href", "/stories/" + segment(story.id())).text(title(story));
      Element list = main.appendElement("ul").addClass("compare-list");
      for (ArticleResult other : view.articlesOf(story)) {
        if (!other.article().id().equals(article.article().id())) {
          list.appendElement("li")
              .appendElement("a")
              .addClass("compare-link")
              .attr("href", compareHref(other.article().id(), article.article().id()))
              .text("Compare with " + label(other));
        }
      }
    }
    return finish(doc);
  }

  /** Two articles side by side, {@code source} on the left. */
  String compare(ArticleResult source, ArticleResult compared) {
    Document doc = Jsoup.parse(writer.writeComparison(source, compared));
    nav(doc.body());
    return finish(doc);
  }

  /** The whole report of the run, as {@code crosscheck run} writes it. */
  String report(RunView view) {
    Document doc = Jsoup.parse(writer.write(view.result()));
    nav(doc.body());
    return finish(doc);
  }

  /** A small page for a missing story or article. */
  String notFound(String what) {
    Document doc = shell("Not found");
    nav(doc.body());
    doc.body().appendElement("h1").text("Not found");
    doc.body().appendElement("p").text(what);
    return doc.outerHtml() + "\n";
  }

  static String compareHref(String source, String compared) {
    return "/compare?source=" + query(source) + "&compared=" + query(compared);
  }

  /** A path segment for an id: every byte outside the unreserved set percent-encoded. */
  static String segment(String id) {
    return query(id);
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String title(Story story) {
    String t = story.title() == null || story.title().isBlank() ? story.id() : story.title();
    return cut(t);
  }

  private static String label(ArticleResult a) {
    String t = a.article().title();
    return cut(t == null || t.isBlank() ? a.article().id() : t);
  }

  private static String cut(String text) {
    return text.length() <= MAX_TITLE_CHARS ? text : text.substring(0, MAX_TITLE_CHARS) + "…";
  }

  private static void nav(Element body) {
    Element nav = body.prependElement("nav").addClass("site").attr("aria-label", "Site");
    nav.appendElement("a").attr("href", "/").text("All stories");
    nav.appendText(" · ");
    nav.appendElement("a").attr("href", "/report").text("Full report");
  }

  private static String finish(Document doc) {
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
    return doc.outerHtml() + "\n";
  }

  private static Document shell(String title) {
    Document doc = new Document("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode(HtmlReportWriter.styleSheet()));
    html.appendElement("body");
    return doc;
  }
}
