package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationTest {
  @Test
  void canned() {
    double[] x = {1, 2, 3, 4, 5};
    assertThat(Correlation.pearson(x, new double[] {2, 4, 6, 8, 10})).isCloseTo(1, within(1e-12));
    assertThat(Correlation.pearson(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
    // Monotone but not linear: Spearman 1, Pearson below.
    double[] cubes = {1, 8, 27, 64, 125};
    assertThat(Correlation.spearman(x, cubes)).isCloseTo(1, within(1e-12));
    assertThat(Correlation.pearson(x, cubes)).isLessThan(0.95);
  }

  @Test
  void tiesGetTheirAverageRank() {
    assertThat(Correlation.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
  }

  @Test
  void seededRandomSeriesStayInRange() {
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      double[] x = random.doubles(30).toArray();
      double[] y = random.doubles(30).toArray();
      assertThat(Correlation.pearson(x, y)).isBetween(-1.0, 1.0);
      assertThat(Correlation.spearman(x, y)).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void emptyOrConstantSeriesGiveNaN() {
    assertThat(Correlation.pearson(new double[0], new double[0])).isNaN();
    assertThat(Correlation.pearson(new double[] {1, 1}, new double[] {1, 2})).isNaN();
  }
}
