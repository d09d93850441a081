package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryScoresTest {
  @Test
  void scoresCannedDecisions() {
    List<SentencePair> pairs = HeldOutSplitTest.pairs(6); // positive: p0, p3
    BinaryScores scores = BinaryScores.of(pairs, new double[] {0.9, 0.6, 0.1, 0.4, 0.2, 0.5});
    // decided yes: p0 (right), p1 (wrong), p5 (wrong); no: p2 (right), p3 (wrong), p4 (right)
    assertThat(scores.accuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(scores.f1()).isCloseTo(2.0 * 1 / (3 + 2), within(1e-9));
  }

  @Test
  void scoresNothing() {
    assertThat(BinaryScores.of(List.of(), new double[0])).isEqualTo(new BinaryScores(0, 0, 0));
  }
}
