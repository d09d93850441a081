package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EquivalenceJudgeTest {
  private final EquivalenceJudge judge = EquivalenceJudge.shipped();

  @Test
  void aCloseParaphraseIsEquivalentAndAnAddedClauseWithANewNumberIsNot() {
    ShortPairFeatures paraphrase =
        new ShortPairFeatures(
            0.93, 0.8, 0.7, 0.85, 0.5, 0.9, 0, 0, 0.1, 0.1, 0.05, 0, 0.8, 0.1, 0.9, 0.6, 0, 0, 0.8,
            0.9, 0.6, 0.7, 0.7, 0, 0, 0.7, 0, 0.2, 0);
    ShortPairFeatures added =
        new ShortPairFeatures(
            0.80, 0.6, 0.5, 0.6, 0.4, 0.6, 1, 0.5, 0.5, 0.1, 0.4, 1, 0.6, 0.6, 0.7, 0.2, 0.6, 0.5,
            0.5, 0.8, 0.3, 0.5, 0.5, 0.25, 0.25, 0.3, 0.2, 0.6, 0);
    assertThat(judge.equivalent(paraphrase)).isTrue();
    assertThat(judge.equivalent(added)).isFalse();
    assertThat(judge.probability(paraphrase)).isGreaterThan(judge.probability(added));
  }

  @Test
  void shippedWeightsCoverEveryFeatureAndRoundTripThroughTheirText() throws Exception {
    assertThat(judge.weights()).hasSize(ShortPairFeatures.COUNT);
    String text = judge.text("a comment\nover two lines");
    assertThat(text).startsWith("# a comment\n# over two lines\nformat\t2\n");
    EquivalenceJudge read = EquivalenceJudge.read(new StringReader(text), "test");
    assertThat(read.bias()).isCloseTo(judge.bias(), within(1e-6));
    assertThat(read.weights()).containsExactly(judge.weights(), within(1e-6));
  }

  @Test
  void seededRandomWeightsRoundTripAndGiveProbabilitiesInTheOpenUnitRange() throws Exception {
    Random random = new Random(7);
    for (int t = 0; t < 20; t++) {
      double[] w = random.doubles(ShortPairFeatures.COUNT, -3, 3).toArray();
      EquivalenceJudge j = new EquivalenceJudge(random.nextGaussian(), w);
      EquivalenceJudge back = EquivalenceJudge.read(new StringReader(j.text("")), "random");
      assertThat(back.weights()).containsExactly(w, within(1e-6));
      double[] x = random.doubles(ShortPairFeatures.COUNT).toArray();
      ShortPairFeatures f = features(x);
      assertThat(j.probability(f)).isStrictlyBetween(0.0, 1.0);
      assertThat(back.probability(f)).isCloseTo(j.probability(f), within(1e-5));
    }
  }

  @Test
  void badWeightFilesAreRejectedNamingTheFileAndTheProblem() {
    String good = judge.text("");
    assertThatThrownBy(() -> read(good.replace("format\t2", "format\t3"), "w.tsv"))
        .hasMessageContaining("w.tsv")
        .hasMessageContaining("too new");
    assertThatThrownBy(() -> read(good.replace("format\t2\n", ""), "w.tsv"))
        .hasMessageContaining("too old");
    assertThatThrownBy(() -> read(good + "colour\t1\n", "w.tsv"))
        .hasMessageContaining("unknown features [colour]");
    assertThatThrownBy(() -> read(good.replaceAll("(?m)^semantic\t.*\n", ""), "w.tsv"))
        .hasMessageContaining("no weight for semantic");
    assertThatThrownBy(() -> read(good + "bias 1\n", "w.tsv")).hasMessageContaining("line");
    assertThatThrownBy(() -> read("", "w.tsv")).hasMessageContaining("w.tsv");
  }

  @Test
  void aFormatOneFileOfTwentyEightWeightsIsRefusedAsTooOld() {
    String formatOne =
        judge
            .text("fitted before the cross-encoder")
            .replace("format\t2", "format\t1")
            .replaceAll("(?m)^crossEncoder\t.*\n", "");
    assertThatThrownBy(() -> read(formatOne, "old.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("old.tsv: format 1 is too old; this version reads 2 (29 features)")
        .hasMessageContaining("--fit-judge");
  }

  @Test
  void theCrossEncoderWeightMovesTheProbabilityWithTheLogit() {
    double[] w = new double[ShortPairFeatures.COUNT];
    w[ShortPairFeatures.NAMES.indexOf("crossEncoder")] = 1;
    EquivalenceJudge stacked = new EquivalenceJudge(0, w);
    double[] x = new double[ShortPairFeatures.COUNT];
    x[ShortPairFeatures.NAMES.indexOf("lengthRatio")] = 1;
    x[ShortPairFeatures.COUNT - 1] = 2;
    assertThat(stacked.probability(features(x))).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
    x[ShortPairFeatures.COUNT - 1] = -40;
    assertThat(stacked.probability(features(x))).isCloseTo(1 / (1 + Math.exp(10)), within(1e-12));
  }

  @Test
  void aSideWithoutWordsIsNeverEquivalentWhateverTheIntercept() {
    EquivalenceJudge eager = new EquivalenceJudge(5, new double[ShortPairFeatures.COUNT]);
    double[] x = new double[ShortPairFeatures.COUNT];
    assertThat(eager.probability(features(x))).isZero();
    x[ShortPairFeatures.NAMES.indexOf("lengthRatio")] = 0.5;
    assertThat(eager.equivalent(features(x))).isTrue();
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> judge.probability(null)).hasMessageContaining("features");
    assertThatThrownBy(() -> new EquivalenceJudge(0, new double[3]))
        .hasMessageContaining("weights (3) must be " + ShortPairFeatures.COUNT);
    double[] nan = new double[ShortPairFeatures.COUNT];
    nan[2] = Double.NaN;
    assertThatThrownBy(() -> new EquivalenceJudge(0, nan))
        .hasMessageContaining("weight 2 (NaN) must be finite");
  }

  private static EquivalenceJudge read(String text, String name) throws Exception {
    return EquivalenceJudge.read(new StringReader(text), name);
  }

  private static ShortPairFeatures features(double[] x) {
    Object[] args = Arrays.stream(x).boxed().toArray();
    try {
      return (ShortPairFeatures)
          ShortPairFeatures.class.getDeclaredConstructors()[0].newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
