package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void takesTitleBylineAndDateOffTheTopAndDropsChrome() throws IOException {
    Article article = extract(HtmlExtractorTest.resource("plain-article.txt"));

    assertThat(article.title()).isEqualTo("Floods Close Schools Across the Northern Provinces");
    assertThat(article.byline()).isEqualTo("Jane Doe and John Roe");
    assertThat(article.published()).isEqualTo("2026-03-03");
    assertThat(article.source()).isNull();
    assertThat(article.paragraphs())
        .containsExactly(
            "Heavy rain forced authorities to close more than 300 schools across the northern"
                + " provinces on Tuesday, officials said.",
            "Rivers rose above their banks in at least twelve towns, and rescue teams evacuated"
                + " about 4,000 people overnight.",
            "Background of the Flooding",
            "The region has received twice its usual February rainfall, according to the"
                + " national weather service.",
            "Stay tuned for further updates.");
  }

  @Test
  void fileStartingWithABodySentenceHasNoTitle() {
    Article article =
        extract(
            "Talks between the two countries are scheduled to start on Tuesday in the capital.\n"
                + "Officials from both sides will attend.\n"
                + "Leave a Reply\n");

    assertThat(article.title()).isNull();
    assertThat(article.paragraphs())
        .containsExactly(
            "Talks between the two countries are scheduled to start on Tuesday in the capital.",
            "Officials from both sides will attend.");
  }

  @Test
  void eachLineIsAParagraphWithoutBlankLinesAndHardWrappedLinesAreJoined() {
    assertThat(extract("A short headline here\nFirst line.\n- item one\n").paragraphs())
        .containsExactly("First line.", "- item one");
    String wrapped =
        "Wrapped Headline\n\nThis paragraph was wrapped by an editor at a fixed width so\n"
            + "that it continues on the next line without a break.\n\nSecond paragraph here.\n";
    Article article = extract(wrapped);
    assertThat(article.title()).isEqualTo("Wrapped Headline");
    assertThat(article.paragraphs())
        .containsExactly(
            "This paragraph was wrapped by an editor at a fixed width so that it continues on"
                + " the next line without a break.",
            "Second paragraph here.");
  }

  @Test
  void aLoneHeadlineIsTheBodyNotTheTitle() {
    Article article = extract("Just One Short Line");
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Just One Short Line");
  }

  @Test
  void emptyTextGivesEmptyArticle() {
    Article article = extract("");
    assertThat(article.text()).isEmpty();
    assertThat(article.title()).isNull();
    assertThat(article.byline()).isNull();
  }

  @Test
  void seededRandomTextNeverThrowsAndKeepsParagraphsClean() {
    Random random = new Random(11L);
    String[] pieces = {
      "word", " ", "\n", "\n\n", "by X", "World", "Published: March 3, 2026", ".", "\r\n", "\t"
    };
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      Article article = extract(text.toString());
      assertThat(article.paragraphs())
          .allSatisfy(p -> assertThat(p).doesNotContain("\n").isEqualTo(p.strip()));
      assertThat(article.text()).doesNotContain("\n\n\n").doesNotContain("\r");
    }
  }

  private Article extract(String text) {
    return extractor.extract(new RawDocument("x", "x.txt", Format.TEXT, text, null));
  }
}
