package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossEncoderLogitsTest {
  private static final int PAIRS = 23;
  private static final int[] FOLD =
      LogisticFitter.folds(PAIRS, LogisticFitter.DEFAULT_FOLDS, LogisticFitter.DEFAULT_SEED);
  private static final PairSet SET =
      new PairSet(
          "tiny",
          GoldScale.BINARY,
          IntStream.range(0, PAIRS)
              .mapToObj(n -> new LabeledPair("p" + n, "-", null, null, n % 2))
              .toList(),
          0);

  /** One line per pair, in reverse order (the file's order does not matter), logit n / 4 - 2. */
  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int n = PAIRS - 1; n >= 0; n--) {
      lines.add("p" + n + "\t" + FOLD[n] + "\t" + (n / 4.0 - 2));
    }
    return lines;
  }

  private static CrossEncoderLogits.Aligned align(List<String> lines) {
    return CrossEncoderLogits.read(lines, "oof.tsv").align(SET);
  }

  @Test
  void cannedFileGivesEachPairItsLogitInSetOrder(@TempDir Path dir) throws Exception {
    List<String> text = new ArrayList<>(List.of("# out-of-fold logits", "id\tfold\tlogit", ""));
    text.addAll(lines());
    Path file = dir.resolve("oof.tsv");
    Files.write(file, text, StandardCharsets.UTF_8);
    CrossEncoderLogits.Aligned aligned = CrossEncoderLogits.read(file).align(SET);
    assertThat(aligned.complete()).isTrue();
    assertThat(aligned.covered()).containsExactly(0, 1, 2, 3, 4);
    assertThat(aligned.fold()).containsExactly(FOLD);
    for (int n = 0; n < PAIRS; n++) {
      assertThat(aligned.logits()[n]).isEqualTo(n / 4.0 - 2);
    }
  }

  @Test
  void seededMissingFoldLeavesItUncoveredButAMissingIdOfACoveredFoldIsAnError() {
    int dropped = new Random(5).nextInt(LogisticFitter.DEFAULT_FOLDS);
    List<String> partial =
        lines().stream().filter(l -> !l.split("\t")[1].equals(String.valueOf(dropped))).toList();
    CrossEncoderLogits.Aligned aligned = align(partial);
    assertThat(aligned.complete()).isFalse();
    assertThat(aligned.covered()).hasSize(4).doesNotContain(dropped);

    List<String> missing = new ArrayList<>(lines());
    String removed = missing.remove(3);
    String id = removed.split("\t")[0];
    assertThatThrownBy(() -> align(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oof.tsv: no line for pair " + id + " of set tiny")
        .hasMessageContaining("expected id<TAB>fold<TAB>logit");
  }

  @Test
  void aBadNumberOrAMalformedLineIsAnErrorNamingFileAndLine() {
    List<String> badLogit = new ArrayList<>(lines());
    badLogit.set(2, "p20\t" + FOLD[20] + "\tabc");
    assertThatThrownBy(() -> align(badLogit))
        .hasMessageContaining("oof.tsv line 3: logit 'abc' must be a number");
    List<String> nan = new ArrayList<>(lines());
    nan.set(2, "p20\t" + FOLD[20] + "\tNaN");
    assertThatThrownBy(() -> align(nan)).hasMessageContaining("line 3: logit 'NaN'");
    List<String> badFold = new ArrayList<>(lines());
    badFold.set(0, "p22\t7\t1.0");
    assertThatThrownBy(() -> align(badFold))
        .hasMessageContaining("oof.tsv line 1: fold '7' must be an integer in [0, 5)");
    List<String> twoFields = new ArrayList<>(lines());
    twoFields.set(4, "p18 1 2.0");
    assertThatThrownBy(() -> align(twoFields))
        .hasMessageContaining("oof.tsv line 5: expected id<TAB>fold<TAB>logit, got 'p18 1 2.0'");
    List<String> repeated = new ArrayList<>(lines());
    repeated.add(repeated.get(0));
    assertThatThrownBy(() -> align(repeated))
        .hasMessageContaining("oof.tsv line 24: id p22 repeated (first on line 1)");
    List<String> stranger = new ArrayList<>(lines());
    stranger.add("q1\t0\t1.0");
    assertThatThrownBy(() -> align(stranger))
        .hasMessageContaining("oof.tsv line 24: id q1 is not a pair of set tiny");
  }

  @Test
  void aFoldThatDisagreesWithTheJudgesDealIsRefused() {
    List<String> moved = new ArrayList<>(lines());
    int other = (FOLD[19] + 1) % LogisticFitter.DEFAULT_FOLDS;
    moved.set(3, "p19\t" + other + "\t0.5");
    assertThatThrownBy(() -> align(moved))
        .hasMessageContaining(
            "oof.tsv line 4: id p19 is in fold " + other + " but the judge's cross-validation")
        .hasMessageContaining("deals it to fold " + FOLD[19])
        .hasMessageContaining("seed 20260421");
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThatThrownBy(() -> align(List.of())).hasMessageContaining("oof.tsv: no logits");
    assertThatThrownBy(() -> align(List.of("# nothing", "")))
        .hasMessageContaining("oof.tsv: no logits");
  }
}
