package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortPairFeaturesTest {
  private static SentenceFeatures whole(String text) {
    return Leads.whole(Fixtures.profile("x", text));
  }

  @Test
  void cannedPairDifferingInANumberAndAnAddedClause() {
    SentenceFeatures a = whole("The bond firmed 26/32, taking its yield to 4.17 percent.");
    SentenceFeatures b =
        whole("The bond firmed 14/32, taking its yield to 4.19 percent from 4.22 percent.");
    ShortPairFeatures f = ShortPairFeatures.of(a, b, 0.97);
    assertThat(f.semantic()).isEqualTo(0.97);
    assertThat(f.numberMismatch()).isEqualTo(1.0);
    assertThat(f.negationMismatch()).isZero();
    assertThat(f.lengthRatio()).isLessThan(1.0);
    assertThat(f.unmatchedNumbers()).isEqualTo(1.0);
    assertThat(f.tokenF()).isZero();
    assertThat(f.vector()).hasSize(ShortPairFeatures.COUNT);
    assertThat(ShortPairFeatures.NAMES).hasSize(ShortPairFeatures.COUNT);
    assertThat(ShortPairFeatures.NAMES.get(0)).isEqualTo("semantic");

    ShortPairFeatures same = ShortPairFeatures.of(a, a, 1.0);
    assertThat(same.edit()).isEqualTo(1.0);
    assertThat(same.coverage()).isEqualTo(1.0);
    assertThat(same.numberMismatch()).isZero();
    assertThat(same.unmatchedRun()).isZero();
    assertThat(same.unmatchedNumbers()).isZero();
    assertThat(same.charTrigrams()).isCloseTo(1.0, within(1e-9));
    assertThat(same.unigramPrecisionMin()).isEqualTo(1.0);
    assertThat(same.bigramPrecisionMin()).isEqualTo(1.0);
    assertThat(same.charFourgramF()).isCloseTo(1.0, within(1e-9));
    assertThat(same.changedNumbers()).isZero();
    assertThat(same.changedNames()).isZero();
  }

  @Test
  void seededRandomTextsGiveValuesInUnitRangeAndSymmetricFeatures() {
    Random random = new Random(11);
    String[] words = {"the", "Port", "fire", "14", "not", "said", "Halst", "barge", "on", "hours"};
    for (int t = 0; t < 50; t++) {
      String x = sentence(random, words);
      String y = sentence(random, words);
      ShortPairFeatures xy = ShortPairFeatures.of(whole(x), whole(y), random.nextDouble());
      ShortPairFeatures yx = ShortPairFeatures.of(whole(y), whole(x), xy.semantic());
      for (double v : xy.vector()) {
        assertThat(v).isBetween(0.0, 1.0);
      }
      assertThat(yx.vector()).containsExactly(xy.vector(), within(1e-12));
    }
  }

  @Test
  void theCrossEncoderLogitIsTheLastFeatureClippedAndZeroWithoutAScorer() {
    SentenceFeatures a = whole("The court will rule on Monday.");
    SentenceFeatures b = whole("A ruling is due from the court on Monday.");
    assertThat(ShortPairFeatures.COUNT).isEqualTo(29);
    assertThat(ShortPairFeatures.NAMES.get(ShortPairFeatures.COUNT - 1)).isEqualTo("crossEncoder");
    ShortPairFeatures without = ShortPairFeatures.of(a, b, 0.9, TokenMatch.NONE);
    assertThat(without.crossEncoder()).isZero();
    ShortPairFeatures with = ShortPairFeatures.of(a, b, 0.9, TokenMatch.NONE, 3.25);
    assertThat(with.vector()).hasSize(ShortPairFeatures.COUNT);
    assertThat(with.vector()[ShortPairFeatures.COUNT - 1]).isEqualTo(3.25);
    assertThat(Arrays.copyOf(with.vector(), 28))
        .containsExactly(Arrays.copyOf(without.vector(), 28));
    assertThat(without.withCrossEncoder(3.25)).isEqualTo(with);
    assertThat(without.withCrossEncoder(250).crossEncoder()).isEqualTo(10.0);
    assertThat(without.withCrossEncoder(Double.NEGATIVE_INFINITY).crossEncoder()).isEqualTo(-10.0);
    assertThatThrownBy(() -> without.withCrossEncoder(Double.NaN))
        .hasMessageContaining("crossEncoder (NaN) must be a number");
  }

  @Test
  void emptyTextsGiveZeroesWhereNothingIsShared() {
    ShortPairFeatures f = ShortPairFeatures.of(whole(""), whole(""), -0.2);
    assertThat(f.semantic()).isZero();
    assertThat(f.edit()).isZero();
    assertThat(f.lengthRatio()).isZero();
    assertThat(f.unigramPrecisionMax()).isZero();
    assertThat(f.charFourgramF()).isZero();
    assertThat(f.tokenSecondWorst()).isZero();
    assertThat(EquivalenceJudge.shipped().equivalent(f)).isFalse();
  }

  @Test
  void figuresCompareWithoutSeparatorsOrAClosingPoint() {
    SentenceFeatures a = whole("Sales reached 1,200 units, up from 900.");
    SentenceFeatures b = whole("Sales reached 1200 units, up from 900 units.");
    assertThat(ShortPairFeatures.of(a, b, 0).unmatchedNumbers()).isZero();
    SentenceFeatures c = whole("Sales reached 1,300 units, up from 800.");
    assertThat(ShortPairFeatures.of(a, c, 0).unmatchedNumbers()).isEqualTo(1.0);
  }

  @Test
  void aReplacedFigureOrNameCountsAsChangedAndAnAddedOneDoesNot() {
    SentenceFeatures a = whole("Shares of Acme rose 4 percent on Monday.");
    SentenceFeatures added = whole("Shares of Acme rose 4 percent on Monday, to 31 dollars.");
    SentenceFeatures changed = whole("Shares of Zenith rose 6 percent on Monday.");
    ShortPairFeatures plus = ShortPairFeatures.of(a, added, 0);
    ShortPairFeatures swap = ShortPairFeatures.of(a, changed, 0);
    assertThat(plus.changedNumbers()).isZero();
    assertThat(plus.unmatchedNumbers()).isEqualTo(0.25);
    assertThat(swap.changedNumbers()).isEqualTo(0.25);
    assertThat(swap.changedNames()).isEqualTo(0.25);
    assertThat(plus.unigramPrecisionMax()).isEqualTo(1.0);
    assertThat(plus.unigramPrecisionMin()).isLessThan(1.0);
    assertThat(plus.bigramPrecisionMin()).isLessThanOrEqualTo(plus.bigramPrecisionMax());
    assertThat(swap.charFourgramF()).isBetween(0.0, 1.0).isLessThan(plus.charFourgramF());
  }

  private static String sentence(Random random, String[] words) {
    StringBuilder s = new StringBuilder("Word");
    for (int i = random.nextInt(12); i >= 0; i--) {
      s.append(' ').append(words[random.nextInt(words.length)]);
    }
    return s.append('.').toString();
  }
}
