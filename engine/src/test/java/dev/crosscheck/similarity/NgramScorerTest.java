package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramScorerTest {
  @Test
  void cannedPrecisionsClipRepeatedWordsAndCountBothDirections() {
    List<String> a = List.of("the", "the", "port", "fire");
    List<String> b = List.of("the", "port", "fire", "spread");
    // "the" twice in a, once in b: one of the two counts.
    assertThat(NgramScorer.precision(a, b, 1)).isCloseTo(0.75, within(1e-12));
    assertThat(NgramScorer.precision(b, a, 1)).isCloseTo(0.75, within(1e-12));
    // a's bigrams: "the the", "the port", "port fire"; b has the last two.
    assertThat(NgramScorer.precision(a, b, 2)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(NgramScorer.precision(a, a, 4)).isEqualTo(1.0);
    assertThat(NgramScorer.precision(a, b, 5)).isZero();
  }

  @Test
  void cannedCharacterFIsOneForTheSameTextAndLowForDisjointOnes() {
    assertThat(NgramScorer.characterF("port fire", "port fire", 4)).isCloseTo(1.0, within(1e-12));
    assertThat(NgramScorer.characterF("port fire", "xyzw qrst", 4)).isZero();
    // "abcd" has 1 4-gram, "abcde" 2, one shared: precision 1, recall 1/2.
    assertThat(NgramScorer.characterF("abcd", "abcde", 4)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void seededRandomTextsGiveValuesInUnitRangeAndASymmetricCharacterF() {
    Random random = new Random(17);
    String[] words = {"the", "port", "fire", "14", "said", "barge"};
    for (int t = 0; t < 50; t++) {
      List<String> x = words(random, words);
      List<String> y = words(random, words);
      for (int n = 1; n <= 4; n++) {
        assertThat(NgramScorer.precision(x, y, n)).isBetween(0.0, 1.0);
      }
      String jx = String.join(" ", x);
      String jy = String.join(" ", y);
      assertThat(NgramScorer.characterF(jx, jy, 4))
          .isBetween(0.0, 1.0)
          .isCloseTo(NgramScorer.characterF(jy, jx, 4), within(1e-12));
    }
  }

  @Test
  void precisionsInBothDirectionsEqualTheTwoOneWayPrecisions() {
    Random random = new Random(23);
    String[] words = {"the", "port", "fire", "14", "said", "barge"};
    for (int t = 0; t < 100; t++) {
      List<String> x = words(random, words);
      List<String> y = words(random, words);
      for (int n = 1; n <= 3; n++) {
        NgramScorer.Precisions both = NgramScorer.precisions(x, y, n);
        assertThat(both.forward()).isEqualTo(NgramScorer.precision(x, y, n));
        assertThat(both.backward()).isEqualTo(NgramScorer.precision(y, x, n));
        assertThat(both.min()).isLessThanOrEqualTo(both.max());
      }
    }
    NgramScorer.Precisions canned =
        NgramScorer.precisions(List.of("the", "port"), List.of("the", "port", "fire", "x"), 1);
    assertThat(canned.forward()).isEqualTo(1.0);
    assertThat(canned.backward()).isEqualTo(0.5);
    assertThat(NgramScorer.precisions(List.of(), List.of(), 2))
        .isEqualTo(new NgramScorer.Precisions(0, 0));
  }

  @Test
  void emptyInputGivesZeroAndABadOrderIsRejected() {
    assertThat(NgramScorer.precision(List.of(), List.of("a"), 1)).isZero();
    assertThat(NgramScorer.precision(List.of("a"), List.of(), 1)).isZero();
    assertThat(NgramScorer.characterF("", "", 4)).isZero();
    assertThatThrownBy(() -> NgramScorer.precision(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n (0) must be >= 1");
    assertThatThrownBy(() -> NgramScorer.characterF("a", "b", -1))
        .hasMessage("n (-1) must be >= 1");
  }

  private static List<String> words(Random random, String[] words) {
    List<String> result = new ArrayList<>();
    for (int i = random.nextInt(10); i > 0; i--) {
      result.add(words[random.nextInt(words.length)]);
    }
    return result;
  }
}
