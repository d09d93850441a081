package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void newsPageKeepsTheBodyAndDropsThePageChrome() throws IOException {
    Article article = extractor.extract(html("news-page.html", ArticleHints.NONE));

    assertThat(article.title()).isEqualTo("Harbour Bridge Reopens After Repairs");
    assertThat(article.byline()).isEqualTo("Maria Lopez");
    assertThat(article.source()).isEqualTo("The Daily Gazette");
    assertThat(article.published()).isEqualTo("2025-02-17T09:30:00+01:00");
    assertThat(article.url()).isEqualTo("https://gazette.example/news/harbour-bridge-reopens");
    assertThat(article.language()).isNull();
    assertThat(article.paragraphs())
        .containsExactly(
            "The Harbour Bridge reopened to traffic on Monday morning after eight months of"
                + " repairs that cost the city an estimated 42 million euros.",
            "Engineers replaced 120 steel cables and resurfaced the entire deck, the transport"
                + " office said in a statement. Commuters had faced detours of up to forty minutes"
                + " during the closure.",
            "What changes for drivers",
            "The speed limit on the bridge drops from 80 to 60 kilometres per hour, and heavy"
                + " trucks will need a permit to cross at night.",
            "“We are glad to have our bridge back,” said Mayor Anna Berg, who rode across in the"
                + " first bus of the day.",
            "The bridge is safer now than on the day it first opened.");
    assertThat(article.text()).doesNotContain("\n\n\n").doesNotContain("  ");
  }

  @Test
  void jsonLdSuppliesMetadataAndALongEnoughBody() throws IOException {
    Article article = extractor.extract(html("jsonld-page.html", ArticleHints.NONE));

    assertThat(article.title()).isEqualTo("Wheat prices climb on export worries");
    assertThat(article.byline()).isEqualTo("Tom Reed and Ana Silva");
    assertThat(article.source()).isEqualTo("Farm Weekly");
    assertThat(article.published()).isEqualTo("2025-03-03T06:15:00Z");
    assertThat(article.url()).isEqualTo("https://farm.example/wheat-prices");
    assertThat(article.paragraphs()).hasSize(3);
    assertThat(article.paragraphs().get(2)).startsWith("Analysts said the limits");
  }

  @Test
  void hintsWinOverWhatThePageSays() throws IOException {
    ArticleHints hints =
        new ArticleHints("Hinted title", "Hinted source", "https://hint/", "2024-12-31", "de");
    Article article = extractor.extract(html("news-page.html", hints));

    assertThat(article)
        .extracting(
            Article::title, Article::source, Article::url, Article::published, Article::language)
        .containsExactly("Hinted title", "Hinted source", "https://hint/", "2024-12-31", "de");
    assertThat(article.byline()).isEqualTo("Maria Lopez");
  }

  @Test
  void titleFallsBackToH1ThenTitleAndDateToTimeElement() {
    Article article =
        extract(
            "<html><head><title>Only the title | Site</title></head><body>"
                + "<time datetime=\"2025-02-17\">Feb 17</time>"
                + "<div class=\"byline\">By Sam Lee</div>"
                + "<article><p>First paragraph of the story with enough words in it.</p>"
                + "<p>Second paragraph.</p></article></body></html>");

    assertThat(article.title()).isEqualTo("Only the title | Site");
    assertThat(article.published()).isEqualTo("2025-02-17");
    assertThat(article.byline()).isEqualTo("Sam Lee");
    assertThat(article.paragraphs())
        .containsExactly(
            "First paragraph of the story with enough words in it.", "Second paragraph.");
  }

  @Test
  void aHeadlineInsideADecoratedTitleIsTheTitleAndTheAddressGivesTheDate() {
    String page =
        "<html><head><title>Ladensterben immer dramatischer » News - Example e.V.</title></head>"
            + "<body><h1>Ladensterben immer dramatischer</h1><article><p>Immer mehr Geschäfte"
            + " schließen in den Innenstädten, berichtet der Verband.</p></article></body></html>";
    Article article =
        extractor.extract(
            new RawDocument(
                "d",
                "d.html",
                Format.HTML,
                page,
                new ArticleHints(null, null, "https://x.example/2023/11/01/laden/", null, null)));

    assertThat(article.title()).isEqualTo("Ladensterben immer dramatischer");
    assertThat(article.published()).isEqualTo("2023-11-01");
  }

  @Test
  void pageWithoutParagraphsFallsBackToItsTextBlocks() {
    Article article =
        extract("<body><div>Line one of the text.<br>Line two of the text.</div></body>");
    assertThat(article.paragraphs())
        .containsExactly("Line one of the text.", "Line two of the text.");
  }

  @Test
  void emptyAndMalformedPagesGiveEmptyText() {
    assertThat(extract(" ").text()).isEmpty();
    assertThat(extract(" ").title()).isNull();
    assertThat(extract("<html><p>unclosed <b>bold <script>x</p>").text())
        .isEqualTo("unclosed bold");
  }

  @Test
  void seededRandomMarkupNeverThrows() {
    Random random = new Random(7L);
    String[] pieces = {
      "<p>",
      "</p>",
      "<div class=\"share\">",
      "</div>",
      "<article>",
      "word ",
      "Leave a Reply",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
      "</script>",
      "<meta property=\"article:published_time\" content=\"2025-13-45\">",
      "<li>",
      "<a>",
      "\n"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder page = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        page.append(pieces[random.nextInt(pieces.length)]);
      }
      Article article = extract(page.toString());
      assertThat(article.text()).doesNotContain("\n\n\n").isEqualTo(article.text().strip());
    }
  }

  private Article extract(String html) {
    return extractor.extract(new RawDocument("x", "x.html", Format.HTML, html, null));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RawDocument html(String name, ArticleHints hints) throws IOException {
    return new RawDocument("page", name, Format.HTML, resource(name), hints);
  }
}
