package dev.crosscheck.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  private static final Map<String, String> GOLD =
      Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

  @Test
  void aPerfectClusteringScoresOne() {
    ClusteringScores s =
        ClusteringScores.of(List.of(List.of("a", "b", "c"), List.of("d", "e")), GOLD);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.adjustedRand()).isEqualTo(1.0);
    assertThat(s.found()).isEqualTo(2);
    assertThat(s.gold()).isEqualTo(2);
  }

  @Test
  void knownAnswerForAMergeAndASplit() {
    // {a,b} {c,d,e}: precision (1+1+1/3+2/3+2/3)/5 = 11/15; recall (2/3+2/3+1/3+1+1)/5 = 11/15.
    ClusteringScores s =
        ClusteringScores.of(List.of(List.of("a", "b"), List.of("c", "d", "e")), GOLD);
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-12));
    // ARI: index 2 (ab, de); a = 1 + 3 = 4; b = 3 + 1 = 4; expected 16/10; max 4.
    assertThat(s.adjustedRand()).isCloseTo((2 - 1.6) / (4 - 1.6), within(1e-12));
  }

  @Test
  void allSingletonsHaveFullPrecision() {
    ClusteringScores s =
        ClusteringScores.of(
            List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e")), GOLD);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo((1.0 / 3 * 3 + 0.5 * 2) / 5, within(1e-12));
  }

  @Test
  void emptyInput() {
    ClusteringScores s = ClusteringScores.of(List.of(), Map.of());
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.found()).isZero();
  }
}
