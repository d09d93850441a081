package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitterTest {
  private final LogisticFitter fitter = new LogisticFitter();

  @Test
  void cannedOverlappingClassesGetTheSignOfTheirFeature() {
    double[][] x = {{0.1}, {0.2}, {0.3}, {0.6}, {0.4}, {0.7}, {0.8}, {0.9}};
    boolean[] y = {false, false, false, false, true, true, true, true};
    LogisticFitter.Model model = fitter.fit(x, y);
    assertThat(model.weights()[0]).isPositive();
    assertThat(model.probability(new double[] {0.9})).isGreaterThan(0.5);
    assertThat(model.probability(new double[] {0.1})).isLessThan(0.5);
  }

  @Test
  void seededNoisyDataIsRecoveredAndCrossValidationIsHeldOut() {
    Random random = new Random(7);
    int n = 2_000;
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextDouble(), random.nextDouble()};
      double z = -1 + 4 * x[i][0] - 2 * x[i][1];
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
    }
    LogisticFitter.Model model = new LogisticFitter(0).fit(x, y);
    assertThat(model.weights()[0]).isBetween(3.0, 5.0);
    assertThat(model.weights()[1]).isBetween(-3.0, -1.0);
    assertThat(model.bias()).isBetween(-1.6, -0.4);

    LogisticFitter.CrossValidation cv = fitter.crossValidate(x, y, 5, 1);
    assertThat(cv.folds()).isEqualTo(5);
    assertThat(cv.accuracy()).isBetween(0.6, 0.8);
    assertThat(fitter.crossValidate(x, y, 5, 1)).isEqualTo(cv);
    assertThat(cv.perFold())
        .extracting(LogisticFitter.FoldScore::fold)
        .containsExactly(0, 1, 2, 3, 4);
    assertThat(cv.perFold()).extracting(LogisticFitter.FoldScore::rows).containsOnly(400);
    double pooled = cv.perFold().stream().mapToDouble(f -> f.accuracy() * f.rows()).sum() / n;
    assertThat(pooled).isCloseTo(cv.accuracy(), org.assertj.core.data.Offset.offset(1e-12));
    int[] folds = LogisticFitter.folds(n, 5, 1);
    assertThat(folds).containsOnly(0, 1, 2, 3, 4);
    assertThat(java.util.Arrays.stream(folds).filter(f -> f == 0).count()).isEqualTo(400);
  }

  @Test
  void thePenaltyDoesNotDependOnAFeaturesUnitAndAConstantFeatureGetsNoWeight() {
    Random random = new Random(11);
    int n = 500;
    double[][] x = new double[n][];
    double[][] scaled = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextDouble(), random.nextDouble(), 3};
      scaled[i] = new double[] {x[i][0] * 1000, x[i][1], 3};
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(-1 + 4 * x[i][0] - 2 * x[i][1])));
    }
    // A strong penalty: unstandardized, the feature in thousandths would escape it.
    LogisticFitter strong = new LogisticFitter(0.5);
    LogisticFitter.Model model = strong.fit(x, y);
    LogisticFitter.Model rescaled = strong.fit(scaled, y);
    assertThat(rescaled.weights()[0] * 1000)
        .isCloseTo(model.weights()[0], org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rescaled.weights()[1])
        .isCloseTo(model.weights()[1], org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rescaled.bias()).isCloseTo(model.bias(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.weights()[2]).isZero();
    for (int i = 0; i < n; i += 50) {
      assertThat(rescaled.probability(scaled[i]))
          .isCloseTo(model.probability(x[i]), org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void crossValidationOnGivenFoldsMatchesTheDealAndRunsOnSomeFoldsOnly() {
    Random random = new Random(3);
    int n = 300;
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextGaussian()};
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * x[i][0]));
    }
    int[] deal = LogisticFitter.folds(n, 5, 9);
    assertThat(fitter.crossValidate(x, y, deal)).isEqualTo(fitter.crossValidate(x, y, 5, 9));

    int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> deal[i] != 2).toArray();
    double[][] someX = java.util.Arrays.stream(rows).mapToObj(i -> x[i]).toArray(double[][]::new);
    boolean[] someY = new boolean[rows.length];
    int[] someFold = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      someY[i] = y[rows[i]];
      someFold[i] = deal[rows[i]];
    }
    LogisticFitter.CrossValidation some = fitter.crossValidate(someX, someY, someFold);
    assertThat(some.folds()).isEqualTo(4);
    assertThat(some.perFold())
        .extracting(LogisticFitter.FoldScore::fold)
        .containsExactly(0, 1, 3, 4);
    assertThat(some.perFold().stream().mapToInt(LogisticFitter.FoldScore::rows).sum())
        .isEqualTo(rows.length);

    assertThatThrownBy(() -> fitter.crossValidate(x, y, new int[n]))
        .hasMessageContaining("folds with rows (1) must be at least 2");
    assertThatThrownBy(() -> fitter.crossValidate(x, y, new int[3]))
        .hasMessageContaining("fold entries (3) must equal rows (300)");
  }

  @Test
  void emptyOrMismatchedInputIsRejected() {
    assertThatThrownBy(() -> fitter.fit(new double[0][], new boolean[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows (0)");
    assertThatThrownBy(() -> fitter.fit(new double[][] {{1}}, new boolean[2]))
        .hasMessageContaining("labels (2)");
    assertThatThrownBy(() -> fitter.crossValidate(new double[][] {{1}}, new boolean[1], 5, 1))
        .hasMessageContaining("folds (5)");
    assertThatThrownBy(() -> new LogisticFitter(-1)).hasMessageContaining("l2 (-1.0)");
  }
}
