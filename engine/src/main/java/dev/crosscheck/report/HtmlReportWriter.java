package dev.crosscheck.report;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes {@code report.html}, the page a person reads after a run: a summary and table of contents,
 * then each story with its cited brief, lineage, claims and articles, then the rejected inputs.
 *
 * <p>The page is self-contained and works offline: inline CSS, no script, no external resource, and
 * a Content-Security-Policy that forbids loading anything. Every string from the inputs is treated
 * as hostile: the page is built as a jsoup tree, so text and attributes are escaped when written,
 * and ids used in {@code href}/{@code id} are mapped to safe fragment tokens. The output is
 * deterministic: the same run gives a byte-identical page. Instances are immutable and thread-safe.
 */
public final class HtmlReportWriter {

  /** Article bodies longer than this many characters are cut, with a note. */
  public static final int DEFAULT_MAX_BODY_CHARS = 200_000;

  /** Rejected inputs beyond this many are counted but not listed. */
  public static final int MAX_REJECTED_ROWS = 10_000;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';" + " form-action 'none'";

  private final int maxBodyChars;

  /** A writer that cuts article bodies at {@link #DEFAULT_MAX_BODY_CHARS}. */
  public HtmlReportWriter() {
    this(DEFAULT_MAX_BODY_CHARS);
  }

  /**
   * A writer that cuts article bodies at {@code maxBodyChars}.
   *
   * @throws IllegalArgumentException when {@code maxBodyChars} is not positive
   */
  public HtmlReportWriter(int maxBodyChars) {
    if (maxBodyChars <= 0) {
      throw new IllegalArgumentException("maxBodyChars (" + maxBodyChars + ") must be > 0");
    }
    this.maxBodyChars = maxBodyChars;
  }

  /**
   * The report page of a run, as HTML5 text (UTF-8 when written to a file), ending in a newline.
   *
   * @throws NullPointerException when {@code result} is null
   */
  public String write(RunResult result) {
    Objects.requireNonNull(result, "result must not be null");
    ReportIndex index = new ReportIndex(result);
    Document doc = document("Crosscheck report");
    Element body = doc.body();
    header(body, result, index);
    Set<String> rendered = new HashSet<>();
    stories(body, index, rendered);
    otherArticles(body, index, rendered);
    rejected(body, result.rejected());
    return doc.outerHtml() + "\n";
  }

  /**
   * A page showing one article: its facts and its whole text (cut at the body limit), as the report
   * shows it, for a server's article view.
   *
   * @throws NullPointerException when {@code article} is null
   */
  public String writeArticle(ArticleResult article) {
    Objects.requireNonNull(article, "article must not be null");
    Document doc = document(ArticleBlock.title(article.article()));
    Element main = doc.body().appendElement("main");
    new ArticleBlock(maxBodyChars).render(main, article, null, true);
    main.select("details.body").forEach(e -> e.attr("open", true));
    return doc.outerHtml() + "\n";
  }

  /**
   * A page showing two articles side by side, their sentences aligned and marked copied, changed,
   * added, filler or dropped, {@code source} on the left.
   *
   * @throws NullPointerException when either article is null
   */
  public String writeComparison(ArticleResult source, ArticleResult compared) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(compared, "compared must not be null");
    Document doc = document("Side by side");
    Element main = doc.body().appendElement("main");
    new SideBySideSection().render(main, source, compared, "compare");
    main.select("section.compare").addClass("open");
    return doc.outerHtml() + "\n";
  }

  /** The style sheet every page of the report embeds in its one {@code <style>} element. */
  public static String styleSheet() {
    return ReportStyle.CSS;
  }

  /**
   * The Content-Security-Policy source for the embedded style sheet, {@code 'sha256-…'}, so a
   * server can allow exactly that style and nothing else inline.
   */
  public static String styleHashSource() {
    return STYLE_HASH;
  }

  private static final String STYLE_HASH = hash(ReportStyle.CSS);

  private static String hash(String css) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(css.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** An empty page with the head every report page shares. */
  private static Document document(String title) {
    Document doc = new Document("");
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(true)
        .indentAmount(1);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en");
    head(html.appendElement("head"), title);
    html.appendElement("body");
    return doc;
  }

  private static void head(Element head, String title) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", CONTENT_SECURITY_POLICY);
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode(ReportStyle.CSS));
  }

  private static void header(Element body, RunResult result, ReportIndex index) {
    Element header = body.appendElement("header");
    header.appendElement("h1").text("Crosscheck report");
    header
        .appendElement("p")
        .addClass("summary")
        .text(
            ReportText.count(result.articles().size(), "article", "articles")
                + " · "
                + ReportText.count(result.stories().size(), "story", "stories")
                + " · "
                + ReportText.count(result.rejected().size(), "rejected input", "rejected inputs"));
    Element nav = header.appendElement("nav").attr("aria-label", "Stories");
    nav.appendElement("h2").text("Stories");
    if (index.stories().isEmpty()) {
      nav.appendElement("p").addClass("note").text("There are no stories in this run.");
      return;
    }
    Element toc = nav.appendElement("ol").addClass("toc");
    Set<String> anchored = new HashSet<>();
    for (Story story : index.stories()) {
      Element item = toc.appendElement("li");
      Element target =
          anchored.add(Anchors.story(story.id()))
              ? item.appendElement("a").attr("href", "#" + Anchors.story(story.id()))
              : item.appendElement("span");
      target.attr("dir", "auto").text(StorySection.title(story));
      item.appendElement("span").addClass("meta").text(" — " + StorySection.summary(story));
    }
  }

  private void stories(Element body, ReportIndex index, Set<String> rendered) {
    Element main = body.appendElement("main");
    StorySection section = new StorySection(index, new ArticleBlock(maxBodyChars));
    Set<String> anchored = new HashSet<>();
    for (Story story : index.stories()) {
      section.render(main, story, anchored.add(Anchors.story(story.id())), rendered);
    }
  }

  /** Articles no story shows still get an anchor, so every citation resolves. */
  private void otherArticles(Element body, ReportIndex index, Set<String> rendered) {
    List<ArticleResult> others = new ArrayList<>();
    for (ArticleResult a : index.articles()) {
      if (!rendered.contains(a.article().id())) {
        others.add(a);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    Element section = body.appendElement("section").id("other-articles");
    section.appendElement("h2").text("Articles in no story");
    ArticleBlock block = new ArticleBlock(maxBodyChars);
    for (ArticleResult a : others) {
      block.render(section, a, null, rendered.add(a.article().id()));
    }
  }

  private static void rejected(Element body, List<Rejection> rejected) {
    Element section = body.appendElement("section").id("rejected");
    section.appendElement("h2").text("Rejected inputs");
    if (rejected.isEmpty()) {
      section.appendElement("p").addClass("note").text("No input was rejected.");
      return;
    }
    Element table = section.appendElement("div").addClass("table-wrap").appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").text("Input");
    head.appendElement("th").attr("scope", "col").text("Reason");
    Element rows = table.appendElement("tbody");
    for (Rejection r : rejected.subList(0, Math.min(rejected.size(), MAX_REJECTED_ROWS))) {
      Element row = rows.appendElement("tr");
      row.appendElement("td").text(ReportText.field(r.input(), ArticleBlock.MAX_FIELD_CHARS));
      row.appendElement("td").text(ReportText.field(r.reason(), ArticleBlock.MAX_FIELD_CHARS));
    }
    if (rejected.size() > MAX_REJECTED_ROWS) {
      section
          .appendElement("p")
          .addClass("note")
          .text((rejected.size() - MAX_REJECTED_ROWS) + " more rejected inputs are not listed.");
    }
  }
}
