package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Embedder;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingSignalTest {
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(LocalDate.of(2026, 1, 1));

  private static Article article(String id, String title, String text) {
    return new Article(id, id, title, null, null, null, null, "en", text);
  }

  @Test
  void inputIsTitleAndLeadCutAtAWord() {
    String text = "word ".repeat(100) + "tail";
    String input = EmbeddingSignal.input(article("a", "  A   title ", text));
    assertThat(input).startsWith("A title word word");
    // 300 characters hold 60 "word " runs; the cut drops the trailing space, never half a word.
    assertThat(input).isEqualTo("A title " + "word ".repeat(59) + "word");
  }

  @Test
  void inputTakesAnotherLimitAtAWord() {
    String text = "word ".repeat(100) + "tail";
    Article a = article("a", "A title", text);
    // 22 characters hold four "word " runs and "wo": the half word goes.
    assertThat(EmbeddingSignal.input(a, 22)).isEqualTo("A title word word word word");
    assertThat(EmbeddingSignal.input(a, 600)).isEqualTo("A title " + text);
    assertThat(EmbeddingSignal.input(a, 300)).isEqualTo(EmbeddingSignal.input(a));
  }

  @Test
  void inputOfAShortArticleKeepsItAll() {
    assertThat(EmbeddingSignal.input(article("a", null, "Short\ntext."))).isEqualTo("Short text.");
  }

  @Test
  void emptyArticleGivesEmptyInput() {
    assertThat(EmbeddingSignal.input(article("a", null, ""))).isEmpty();
    assertThat(EmbeddingSignal.input(article("a", "", ""))).isEmpty();
  }

  @Test
  void inputIsTheSameForAnArticleAndItsStoredForm() {
    Random random = new Random(42);
    for (int n = 0; n < 200; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(700);
      while (text.length() < length) {
        text.append(random.nextBoolean() ? ' ' : (char) ('a' + random.nextInt(26)));
        if (random.nextInt(20) == 0) {
          text.append('\n');
        }
      }
      Article a = article("r" + n, random.nextBoolean() ? null : "Title " + n, text.toString());
      ArticleFeatures features = EXTRACTOR.extract(a);
      assertThat(EmbeddingSignal.input(features.stored().article()))
          .as("article %d", n)
          .isEqualTo(EmbeddingSignal.input(a));
      // Storing twice changes nothing either.
      assertThat(EmbeddingSignal.input(features.stored().stored().article()))
          .isEqualTo(EmbeddingSignal.input(a));
    }
  }

  @Test
  void similarityIsSymmetricCachedAndCounted() {
    EmbeddingSignal signal = new EmbeddingSignal(new Embedder(10), 0.3);
    ArticleFeatures a =
        EXTRACTOR.extract(
            article("a", "Tarvonia quake kills 12", "A 6.8 earthquake struck northern Tarvonia."));
    ArticleFeatures b =
        EXTRACTOR.extract(
            article("b", "Earthquake in Tarvonia", "At least 12 died in the Tarvonia quake."));
    double ab = signal.similarity(a, b);
    assertThat(signal.similarity(b, a)).isEqualTo(ab);
    assertThat(ab).isBetween(0.0, 1.0);
    assertThat(signal.similarity(a.stored(), b.stored())).isEqualTo(ab);
    assertThat(signal.computed()).isEqualTo(2);
    assertThat(signal.similarity(a, a)).isEqualTo(Embedder.shared().available() ? 1.0 : 0.0);
  }

  @Test
  void embeddingsAreTheSameInAnotherSignal() {
    Article a = article("a", "Larkfield Rovers win cup", "A late goal won Larkfield the final.");
    float[] first = new EmbeddingSignal(new Embedder(0), 0.3).embedding(a);
    float[] second = new EmbeddingSignal(new Embedder(10), 0.3).embedding(a);
    assertThat(second).containsExactly(first);
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> new EmbeddingSignal(Embedder.shared(), 1))
        .hasMessageContaining("floor (1.0) must be in [0, 1)");
  }
}
