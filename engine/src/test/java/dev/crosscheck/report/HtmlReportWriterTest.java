package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  /**
   * Regenerate with {@code mvn -pl engine test -Dtest=HtmlReportWriterTest -Dgolden.update=true}.
   */
  static final Path GOLDEN = Path.of("src/test/resources/dev/crosscheck/report/golden-report.html");

  private final HtmlReportWriter writer = new HtmlReportWriter();

  @Test
  void briefCitationsLinkToExistingArticleAnchors() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));

    List<Element> cites = page.select("ol.brief a.cite");
    assertThat(cites).hasSize(6);
    for (Element cite : cites) {
      assertThat(cite.attr("href")).startsWith("#article-");
      assertThat(page.getElementById(cite.attr("href").substring(1))).isNotNull();
    }
    assertThat(page.select("ol.brief li").first().text())
        .contains("The bridge was closed at 6am.")
        .contains("[1]")
        .contains("[4]")
        .contains("2 independent sources");
  }

  @Test
  void everyInternalLinkResolves() {
    assertInternalLinksResolve(Jsoup.parse(writer.write(SampleRun.build())));
  }

  @Test
  void storiesAreOrderedByArticleCountThenDateThenId() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));

    assertThat(page.select("ol.toc > li > a").eachText())
        .containsExactly("Bridge closed after river flood", "<b>Vote</b> & \"count\"");
    assertThat(page.select("section.story").eachAttr("id"))
        .containsExactly("story-flood", "story-vote.3c.1.3e.");
  }

  @Test
  void claimStatusesAndConflictsAppear() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));

    assertThat(page.select("table.claims .status:not(.status-unsupported)").eachText())
        .containsExactly("corroborated", "contradicted", "single-source", "single-source");
    assertThat(page.select(".status-contradicted")).hasSize(1);
    Element conflicts = page.selectFirst(".conflicts");
    assertThat(conflicts.text()).contains("The river rose 4 metres.");
    assertThat(conflicts.selectFirst("a.cite").attr("href")).isEqualTo("#article-local-4");
  }

  @Test
  void claimsOfOneLineageGroupOnlyAreMarkedUnsupported() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));
    Element flood = page.getElementById("story-flood");

    // "Residents are worried." is in the wire's group only; the vote story has one group, where
    // the mark would say nothing.
    assertThat(flood.select("table.claims tr:has(.status-unsupported) td:first-child").eachText())
        .containsExactly("Residents are worried.");
    assertThat(page.getElementById("story-vote.3c.1.3e.").select(".status-unsupported")).isEmpty();
    assertThat(flood.select("ul.tree .facts-inline").eachText())
        .anyMatch(t -> t.contains("1 unsupported claim"));
  }

  @Test
  void lineageShowsRolesDerivationAndDiagram() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));
    Element flood = page.getElementById("story-flood");

    Element tree = flood.selectFirst("ul.tree");
    assertThat(tree.child(0).ownText()).doesNotContain("derived from");
    assertThat(tree.select("li li")).hasSize(2);
    assertThat(tree.text()).contains("padded derived from [1]").contains("1 filler sentence");
    assertThat(flood.select("svg g.node")).hasSize(4);
    assertThat(flood.select("svg path.edge")).hasSize(2);
    assertThat(flood.select("svg g.node text.node-role").eachText())
        .containsExactly("original", "padded", "translation", "independent");
  }

  @Test
  void articleBlockShowsFactsAndCollapsedBody() {
    Document page = Jsoup.parse(writer.write(SampleRun.build()));
    Element article = page.getElementById("article-daily-2");

    assertThat(article.select("dl.facts dt").eachText())
        .containsExactly(
            "Id", "Source", "Published", "Language", "Input", "Role", "Derived from", "Filler");
    assertThat(article.selectFirst("dl.facts a").attr("href")).isEqualTo("#article-wire-1");
    assertThat(article.select("details > summary")).hasSize(1);
    assertThat(article.select("details").attr("open")).isEmpty();
    assertThat(article.select("details p")).hasSize(3);
  }

  @Test
  void hostileTextProducesNoMarkup() {
    String html = writer.write(SampleRun.build());
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("b, i")).isEmpty();
    assertThat(page.select("svg")).allSatisfy(svg -> assertThat(svg.parent().is("figure")));
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(page.select("[lang]").eachAttr("lang"))
        .doesNotContain("en\" onmouseover=\"alert(1)");
    assertThat(page.text()).contains(SampleRun.HOSTILE_TITLE).contains("<script>alert(2)</script>");
    Element anchor = page.getElementById(Anchors.article(SampleRun.HOSTILE_ID));
    assertThat(anchor.id()).matches("[A-Za-z0-9_.-]+");
    assertThat(anchor.selectFirst("h4").text()).contains(SampleRun.HOSTILE_TITLE);
  }

  @Test
  void pageLoadsNothingExternal() {
    String html = writer.write(SampleRun.build());
    Document page = Jsoup.parse(html);

    assertThat(page.select("link, script, iframe, object, embed, img, base, form")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (String key : List.of("src", "href", "srcset", "action", "poster", "data")) {
        assertThat(e.attr(key)).doesNotStartWithIgnoringCase("http").doesNotContain("//");
      }
    }
    assertThat(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
  }

  @Test
  void outputIsDeterministic() {
    assertThat(writer.write(SampleRun.build())).isEqualTo(writer.write(SampleRun.build()));
  }

  @Test
  void matchesGoldenFile() throws IOException {
    String actual = writer.write(SampleRun.build());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(GOLDEN)) {
      fail(GOLDEN + " is missing; " + howToUpdate());
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(actual).as("report differs from %s; %s", GOLDEN, howToUpdate()).isEqualTo(expected);
  }

  @Test
  void emptyRunSaysThereAreNoStories() {
    String html = writer.write(new RunResult(List.of(), List.of(), List.of()));
    Document page = Jsoup.parse(html);

    assertThat(html).startsWith("<!doctype html>");
    assertThat(page.title()).isEqualTo("Crosscheck report");
    assertThat(page.selectFirst("p.summary").text())
        .isEqualTo("0 articles · 0 stories · 0 rejected inputs");
    assertThat(page.text()).contains("There are no stories in this run.");
    assertThat(page.select("section.story")).isEmpty();
    assertThat(page.getElementById("rejected").text()).contains("No input was rejected.");
  }

  @Test
  void longBodiesAreTruncatedWithANote() {
    String body = "word ".repeat(100);
    ArticleResult a =
        new ArticleResult(
            SampleRun.article("long", "Long", null, null, null, body), "s", Role.ORIGINAL, null, 0);
    RunResult run =
        new RunResult(
            List.of(a),
            List.of(
                new Story(
                    "s", "S", List.of("long"), List.of(List.of("long")), List.of(), List.of())),
            List.of());
    Document page = Jsoup.parse(new HtmlReportWriter(50).write(run));

    Element details = page.selectFirst("#article-long details");
    assertThat(details.selectFirst("div p").text()).hasSize(51).endsWith(ReportText.ELLIPSIS);
    assertThat(details.text()).contains("Text truncated: showing the first 50 of 500 characters.");
  }

  @Test
  void articlesInNoStoryStillGetAnchors() {
    ArticleResult stray =
        new ArticleResult(
            SampleRun.article("stray", "Stray", null, null, null, "Text."), null, null, null, 0);
    Story story =
        new Story(
            "s",
            null,
            List.of("ghost"),
            List.of(List.of("ghost")),
            List.of(new BriefSentence("Cites a stray.", List.of("stray", "ghost"), 1)),
            List.of());
    Document page =
        Jsoup.parse(writer.write(new RunResult(List.of(stray), List.of(story), List.of())));

    assertThat(page.getElementById("article-stray")).isNotNull();
    assertThat(page.select("ol.brief .cite.missing").text()).isEqualTo("[1]");
    assertInternalLinksResolve(page);
  }

  @Test
  void rejectsNullAndNonPositiveLimits() {
    assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new HtmlReportWriter(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBodyChars (0) must be > 0");
  }

  @Test
  void seededRandomRunsAreSafeAndConsistent() {
    Random random = new Random(20250217L);
    for (int round = 0; round < 25; round++) {
      RunResult run = randomRun(random);
      String html = writer.write(run);
      Document page = Jsoup.parse(html);

      assertThat(html).isEqualTo(writer.write(run));
      assertThat(page.select("script, img, iframe, link")).isEmpty();
      assertInternalLinksResolve(page);
      for (ArticleResult a : run.articles()) {
        assertThat(page.getElementById(Anchors.article(a.article().id()))).isNotNull();
      }
      Set<String> ids = new HashSet<>();
      for (Element e : page.select("[id]")) {
        assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
      }
    }
  }

  private static void assertInternalLinksResolve(Document page) {
    for (Element link : page.select("a[href]")) {
      String href = link.attr("href");
      assertThat(href).startsWith("#");
      assertThat(page.getElementById(href.substring(1))).as("target of %s", href).isNotNull();
    }
  }

  private static String howToUpdate() {
    return "if the change is intended, regenerate it with "
        + "`mvn -pl engine test -Dtest=HtmlReportWriterTest -Dgolden.update=true`"
        + " and review the diff";
  }

  private static RunResult randomRun(Random random) {
    String alphabet = "ab.-_ \"'<>&#/%\u00e9\u0130\u0131\u05d0\ud83d\ude00\u0000\n";
    List<String> ids = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      StringBuilder id = new StringBuilder();
      int len = random.nextInt(6);
      for (int j = 0; j < len; j++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ids.add(id.append(i).toString());
    }
    List<ArticleResult> articles = new ArrayList<>();
    for (String id : ids) {
      String from = random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : null;
      Role role = Role.values()[random.nextInt(Role.values().length)];
      articles.add(
          new ArticleResult(
              new Article(
                  id,
                  "in/" + id,
                  id + "<t>",
                  null,
                  null,
                  null,
                  "2025-0" + (1 + random.nextInt(9)) + "-01",
                  null,
                  id + "\n\n" + id),
              "s" + random.nextInt(3),
              role,
              from,
              random.nextInt(3)));
    }
    List<Story> stories = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      List<String> members = new ArrayList<>();
      for (String id : ids) {
        if (random.nextInt(3) == s % 3 || random.nextInt(4) == 0) {
          members.add(id);
        }
      }
      List<List<String>> origins = members.isEmpty() ? List.of() : List.of(members);
      List<String> cited =
          members.isEmpty() ? List.of("missing") : List.of(members.get(0), "missing");
      stories.add(
          new Story(
              "s" + s,
              "Story " + s,
              members,
              origins,
              List.of(new BriefSentence("Brief " + s, cited, 1)),
              List.of(
                  new Claim(
                      "Claim " + s,
                      cited,
                      1,
                      ClaimStatus.CONTRADICTED,
                      List.of(new Conflict("Other " + s, cited))))));
    }
    return new RunResult(articles, stories, List.of(new Rejection("r<", "why>")));
  }
}
