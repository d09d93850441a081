package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Embedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LinkScorerTest {
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(LocalDate.of(2026, 1, 1));

  private static ArticleFeatures features(String id, String title, String text) {
    return EXTRACTOR.extract(new Article(id, id, title, null, null, null, null, "en", text));
  }

  /** A lexical scorer whose only signal is {@code lexical}, gated signal constant 1, counted. */
  private static LinkScorer gated(double lexical, AtomicInteger calls, double low, double high) {
    LinkScorer words =
        new LinkScorer(
            0, 0, 0, List.of(new PairSignal.Weighted("fixed", 1, (a, b) -> lexical)), 14, 0.3);
    PairSignal counted =
        (a, b) -> {
          calls.incrementAndGet();
          return 1;
        };
    return new LinkScorer(words, new PairSignal.Weighted("costly", 0.5, counted), low, high);
  }

  @Test
  void costlySignalIsConsultedOnlyInTheAmbiguousBand() {
    ArticleFeatures a = features("a", "One", "Some words here.");
    ArticleFeatures b = features("b", "Two", "Other words there.");
    AtomicInteger calls = new AtomicInteger();
    assertThat(gated(0.05, calls, 0.1, 0.5).score(a, b)).isEqualTo(0.05);
    assertThat(gated(0.5, calls, 0.1, 0.5).score(a, b)).isEqualTo(0.5);
    assertThat(calls).hasValue(0);
    assertThat(gated(0.1, calls, 0.1, 0.5).score(a, b)).isCloseTo(0.55, within(1e-12));
    assertThat(gated(0.3, calls, 0.1, 0.5).score(a, b)).isCloseTo(0.65, within(1e-12));
    assertThat(calls).hasValue(2);
  }

  @Test
  void lexicalScorerHasNoCostlySignal() {
    LinkScorer lexical = new LinkScorer();
    assertThat(lexical.ambiguous()).isNull();
    assertThat(lexical.embeddingsComputed()).isZero();
    assertThat(LinkScorer.withEmbeddings().ambiguous().signal())
        .isInstanceOf(EmbeddingSignal.class);
  }

  @Test
  void defaultScoreIsSymmetricAndTheSameOnStoredFeatures() {
    ArticleFeatures a =
        features(
            "a",
            "Halvik parliament passes pension reform",
            "Lawmakers in Halvik approved the pension reform by 88 votes to 71. "
                + "x ".repeat(300));
    ArticleFeatures b =
        features(
            "b",
            "Rennick wins pension vote",
            "Oda Rennick's plan to raise the retirement age passed parliament 88 to 71.");
    LinkScorer scorer = LinkScorer.withEmbeddings();
    double ab = scorer.score(a, b);
    assertThat(scorer.score(b, a)).isEqualTo(ab);
    assertThat(scorer.score(a.stored(), b)).isEqualTo(ab);
    assertThat(LinkScorer.withEmbeddings().score(a.stored(), b.stored())).isEqualTo(ab);
    assertThat(ab).isBetween(0.0, 1.0);
  }

  @Test
  void storiesWithEmbeddingsDoNotDependOnOrderBatchesOrThreads() {
    List<Article> corpus = ClustererContractTest.corpus();
    LinkScorer scorer = LinkScorer.withEmbeddings();
    IncrementalClusterer one = clusterer(scorer, 1);
    one.add(corpus);
    List<Article> shuffled = new ArrayList<>(corpus);
    Collections.shuffle(shuffled, new Random(7));
    IncrementalClusterer four = clusterer(LinkScorer.withEmbeddings(), 4);
    four.add(shuffled.subList(0, 4));
    four.add(shuffled.subList(4, shuffled.size()));
    assertThat(four.stories()).isEqualTo(one.stories());
    if (Embedder.shared().available()) {
      // Some pairs of the corpus are ambiguous on words alone, so the embedding did take part.
      assertThat(scorer.embeddingsComputed()).isPositive().isLessThanOrEqualTo(corpus.size());
    }
  }

  private static IncrementalClusterer clusterer(LinkScorer scorer, int threads) {
    return new IncrementalClusterer(
        EXTRACTOR,
        scorer,
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
        threads);
  }

  @Test
  void emptyArticlesScoreZero() {
    ArticleFeatures empty = features("e", null, "");
    assertThat(LinkScorer.withEmbeddings().score(empty, features("f", null, ""))).isZero();
  }

  @Test
  void rejectsBadBands() {
    LinkScorer words = new LinkScorer();
    PairSignal.Weighted s = new PairSignal.Weighted("s", 0.5, (a, b) -> 1);
    assertThatThrownBy(() -> new LinkScorer(words, s, 0.6, 0.5))
        .hasMessageContaining("high (0.5) must be in [low (0.6), 1]");
    assertThatThrownBy(() -> new LinkScorer(words, s, -0.1, 0.5))
        .hasMessageContaining("low (-0.1) must be in [0, 1]");
    assertThatThrownBy(
            () -> new LinkScorer(words, new PairSignal.Weighted("s", 2, (a, b) -> 1), 0, 0.5))
        .hasMessageContaining("weight of s (2.0) must be <= 1");
  }
}
