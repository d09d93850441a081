package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EquivalenceJudgeTest {
  private final EquivalenceJudge judge = new EquivalenceJudge();

  @Test
  void aCloseParaphraseIsEquivalentAndAnAddedClauseWithANewNumberIsNot() {
    ShortPairFeatures paraphrase =
        new ShortPairFeatures(0.93, 0.8, 0.7, 0.85, 0.5, 0.9, 0, 0, 0.1, 0.1, 0.05, 0, 0.8, 0.1);
    ShortPairFeatures added =
        new ShortPairFeatures(0.80, 0.6, 0.5, 0.6, 0.4, 0.6, 1, 0.5, 0.5, 0.1, 0.4, 1, 0.6, 0.6);
    assertThat(judge.equivalent(paraphrase)).isTrue();
    assertThat(judge.equivalent(added)).isFalse();
    assertThat(judge.probability(paraphrase)).isGreaterThan(judge.probability(added));
  }

  @Test
  void weightsFollowTheFeatureOrder() {
    assertThat(EquivalenceJudge.weights()).hasSize(ShortPairFeatures.COUNT);
    assertThat(EquivalenceJudge.weights()[0]).isEqualTo(EquivalenceJudge.SEMANTIC);
    assertThat(EquivalenceJudge.weights()[ShortPairFeatures.COUNT - 1])
        .isEqualTo(EquivalenceJudge.UNMATCHED_RUN);
  }

  @Test
  void nullFeaturesAreRejected() {
    assertThatThrownBy(() -> judge.probability(null)).hasMessageContaining("features");
  }
}
