package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lead paragraph kept from article headers, teasers and summaries outside the body. */
class LeadParagraphTest {
  private static final String BODY =
      "<p>The council met on Tuesday evening and voted on the harbour plan after a long debate"
          + " that ran well past midnight, the clerk said.</p>"
          + "<p>Work on the new quay starts in spring, and the first ships can berth there in"
          + " the autumn of next year if the weather allows it.</p>"
          + "<p>Residents who objected to the noise were promised a hearing in March, when the"
          + " building plan goes on public display at the town hall.</p>";

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void articleHeaderGivesItsLeadButNotItsTitleBylineOrDate() {
    Article article =
        extract(
            "<html><head><title>Harbour plan passes</title></head><body><article>"
                + "<header><h1>Harbour plan passes</h1><p class=\"kicker\">Port</p>"
                + "<p>By Jane Doe, 3 May 2022</p>"
                + "<p>After three years of argument the town has a plan for its harbour, and"
                + " the money to build it.</p></header>"
                + "<div class=\"body\">"
                + BODY
                + "</div></article></body></html>");

    assertThat(article.paragraphs()).hasSize(4);
    assertThat(article.paragraphs().get(0)).startsWith("After three years of argument");
    assertThat(article.text()).doesNotContain("Jane Doe").doesNotContain("Port\n");
  }

  @Test
  void teaserClassHoldingTheLeadIsKeptWhileALinkedTeaserListIsNot() {
    Article article =
        extract(
            "<html><body><div class=\"article\">"
                + "<div class=\"teaser-text\"><p>After three years of argument the town has a"
                + " plan for its harbour, and the money to build it.</p></div>"
                + "<div class=\"text\">"
                + BODY
                + "</div>"
                + "<div class=\"teaser-list\"><a href=\"/a\">Other story about the bridge and"
                + " its repairs</a><a href=\"/b\">Yet another story about the market</a></div>"
                + "</div></body></html>");

    assertThat(article.paragraphs().get(0)).startsWith("After three years of argument");
    assertThat(article.text()).doesNotContain("Other story");
  }

  @Test
  void summaryBesideTheBodyContainerIsTakenAsTheLead() {
    Article article =
        extract(
            "<html><body><main><div class=\"top\"><div class=\"col\">"
                + "<h2 itemprop=\"description\">After three years of argument the town has a"
                + " plan for its harbour, and the money to build it.</h2></div></div>"
                + "<div class=\"row\"><div itemprop=\"articleBody\">"
                + BODY
                + "</div></div>"
                + "<aside><p>Unrelated sidebar text that should stay out of the body.</p></aside>"
                + "</main></body></html>");

    assertThat(article.paragraphs()).hasSize(4);
    assertThat(article.paragraphs().get(0)).startsWith("After three years of argument");
  }

  @Test
  void commentaryIsAnArticleNotACommentSection() {
    Article article =
        extract("<html><body><div class=\"news commentary article\">" + BODY + "</div></body>");

    assertThat(article.paragraphs()).hasSize(3);
  }

  @Test
  void softHyphensAndRubyReadingsAreLeftOut() {
    Article article =
        extract(
            "<html><body><article><p>Die Ge\u00admein\u00adde hat den Ha\u00adfen\u00adplan nach"
                + " langer Debatte am Dienstag beschlossen.</p><p><ruby>漢<rp>(</rp><rt>かん</rt>"
                + "<rp>)</rp></ruby><ruby>字<rt>じ</rt></ruby>を読みます。これは長い文章です。"
                + "</p></article></body></html>");

    assertThat(article.text())
        .contains("Die Gemeinde hat den Hafenplan")
        .contains("漢字を読みます")
        .doesNotContain("かん")
        .doesNotContain("\u00ad");
  }

  @Test
  void leadProseNeedsLengthAndASentence() {
    assertThat(BodyFinder.isLeadProse("By Jane Doe, 3 May 2022")).isFalse();
    assertThat(BodyFinder.isLeadProse("Harbour plan passes after three years of argument"))
        .isFalse();
    assertThat(
            BodyFinder.isLeadProse(
                "After three years of argument the town has a plan for its harbour."))
        .isTrue();
    assertThat(BodyFinder.isLeadProse("")).isFalse();
  }

  @Test
  void seededRandomHeadersNeverThrow() {
    Random random = new Random(11L);
    String[] parts = {
      "<header>", "</header>", "<div class=\"teaser\">", "</div>", "<p>", "</p>", "<a href=x>",
      "</a>", "<h2 itemprop=description>", "</h2>", "<ruby>", "<rt>", "</rt>", "</ruby>",
      "Some words here. ", "\u00ad"
    };
    for (int i = 0; i < 200; i++) {
      StringBuilder html = new StringBuilder("<html><body>");
      for (int j = random.nextInt(60); j > 0; j--) {
        html.append(parts[random.nextInt(parts.length)]);
      }
      assertThat(extract(html.toString()).text()).isNotNull();
    }
  }

  @Test
  void emptyPageHasNoBody() {
    assertThat(extract("").text()).isEmpty();
  }

  private Article extract(String html) {
    return extractor.extract(new RawDocument("x", "x.html", Format.HTML, html, null));
  }
}
