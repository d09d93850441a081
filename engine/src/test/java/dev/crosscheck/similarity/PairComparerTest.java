package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PairComparerTest {
  private final PairComparer comparer = new PairComparer();

  @Test
  void relations() {
    ArticleProfile original = Fixtures.profile("a", Fixtures.ORIGINAL);
    assertThat(comparer.compare(original, Fixtures.profile("b", Fixtures.ORIGINAL)).relation())
        .isEqualTo(Relation.DUPLICATE);
    Comparison spun = comparer.compare(original, Fixtures.profile("c", Fixtures.SPUN));
    assertThat(spun.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(spun.equivalent()).isTrue();
    Comparison unrelated = comparer.compare(original, Fixtures.profile("d", Fixtures.UNRELATED));
    assertThat(unrelated.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(unrelated.equivalent()).isFalse();
    assertThat(unrelated.similarity()).isLessThan(spun.similarity());
  }

  @Test
  void aLightEditIsARewrite() {
    String edited =
        Fixtures.ORIGINAL
            .replace("ordered an inquiry", "announced an inquiry")
            .replace("nearly six hours", "almost six hours");
    Comparison c =
        comparer.compare(Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", edited));
    assertThat(c.relation()).isEqualTo(Relation.REWRITE);
    assertThat(c.similarity()).isGreaterThan(0.9);
  }

  @Test
  void emptyArticlesAreUnrelated() {
    Comparison c = comparer.compare(Fixtures.profile("a", ""), Fixtures.profile("b", ""));
    assertThat(c.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(c.similarity()).isZero();
  }

  @Test
  void theWordsOnlyComparerHasNoCrossEncoderFeature() {
    ShortPairFeatures f =
        comparer.shortFeatures(
            Fixtures.profile("a", "The court will rule on Monday."),
            Fixtures.profile("b", "A ruling is due from the court on Monday."));
    assertThat(f.crossEncoder()).isZero();
  }

  @Test
  void aScorerGivesTheShortPairsCrossEncoderFeatureClipped() {
    AtomicInteger calls = new AtomicInteger();
    PairScorer fake =
        (x, y) -> {
          calls.incrementAndGet();
          return x.length() > 40 || y.length() > 40 ? 42 : -1.5;
        };
    PairComparer scored = new PairComparer(new SentenceAligner(), null, fake);
    ArticleProfile a = Fixtures.profile("a", "The court will rule on Monday.");
    ArticleProfile b = Fixtures.profile("b", "A ruling is due.");
    assertThat(scored.shortFeatures(a, b).crossEncoder()).isEqualTo(-1.5);
    ArticleProfile c = Fixtures.profile("c", "A ruling is due from the court on Monday next week.");
    assertThat(scored.shortFeatures(a, c).crossEncoder())
        .isEqualTo(ShortPairFeatures.CROSS_ENCODER_LIMIT);
    assertThat(scored.shortFeatures(a, c).vector()).hasSize(ShortPairFeatures.COUNT);
    assertThat(calls).hasValue(3);
  }

  @Test
  void comparingArticlesWithoutEmbeddingsNeverRunsTheScorer() {
    AtomicInteger calls = new AtomicInteger();
    PairComparer scored =
        new PairComparer(
            new SentenceAligner(),
            null,
            (x, y) -> {
              calls.incrementAndGet();
              return 0;
            });
    scored.compare(Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", Fixtures.SPUN));
    scored.compare(
        Fixtures.profile("a", "The court will rule on Monday."),
        Fixtures.profile("b", "A ruling is due from the court on Monday."));
    assertThat(calls).hasValue(0);
  }
}
