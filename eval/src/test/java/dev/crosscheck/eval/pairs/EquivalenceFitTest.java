package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.Embedder;
import dev.crosscheck.similarity.ShortPairFeatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EquivalenceFit} with a cross-encoder's logits from a file instead of a scorer. */
class EquivalenceFitTest {
  private static final String[][] PAIRS = {
    {"The company said profits rose 5 percent.", "Profits at the company climbed 5 percent.", "1"},
    {"The minister ordered an inquiry.", "A man is playing a guitar on the street.", "0"},
    {"Around 120 firefighters fought the fire.", "Around 120 firefighters fought the blaze.", "1"},
    {"Shares closed down 8 cents at $29.42.", "Shares closed up 14 cents at $31.10.", "0"},
    {"The court will rule on Monday.", "A ruling is due from the court on Monday.", "1"},
    {"Rain is expected in the north.", "The team won its third straight title.", "0"},
    {"The bill passed the Senate 60 to 40.", "The Senate passed the bill by 60 votes to 40.", "1"},
    {"Police arrested two men on Friday.", "Two men were charged with fraud in March.", "0"},
    {"The storm cut power to 10,000 homes.", "Some 10,000 homes lost power in the storm.", "1"},
    {"The airline cut 300 jobs.", "The airline added 300 routes in Asia.", "0"}
  };

  /** A comparer whose scorer must never run: the logits file replaces it. */
  private static final ArticleComparer THROWING =
      new ArticleComparer(
          Embedder.shared(),
          (a, b) -> {
            throw new AssertionError("the scorer ran although logits were given");
          });

  private static PairSet set;

  @TempDir static Path dir;

  @BeforeAll
  static void writeSet() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    StringBuilder gold = new StringBuilder("id\tlabel\n");
    for (int i = 0; i < PAIRS.length; i++) {
      jsonl.append(
          String.format(
              "{\"id\": \"p%d\", \"a\": {\"id\": \"a%d\", \"text\": \"%s\"},"
                  + " \"b\": {\"id\": \"b%d\", \"text\": \"%s\"}}%n",
              i, i, PAIRS[i][0], i, PAIRS[i][1]));
      gold.append('p').append(i).append('\t').append(PAIRS[i][2]).append('\n');
    }
    Path setDir = Files.createDirectories(dir.resolve("tiny"));
    Files.writeString(setDir.resolve("pairs.jsonl"), jsonl, StandardCharsets.UTF_8);
    Files.writeString(setDir.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
    set = new PairSetReader().read(setDir);
  }

  /** A logits file saying +4 for positives and -4 for negatives, leaving out fold {@code skip}. */
  private static CrossEncoderLogits logits(int skip) {
    int[] fold =
        LogisticFitter.folds(
            set.pairs().size(), LogisticFitter.DEFAULT_FOLDS, LogisticFitter.DEFAULT_SEED);
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < set.pairs().size(); n++) {
      if (fold[n] != skip) {
        LabeledPair p = set.pairs().get(n);
        lines.add(
            String.format(
                Locale.ROOT, "%s\t%d\t%.1f", p.id(), fold[n], p.gold() >= 0.5 ? 4 : -4.0));
      }
    }
    return CrossEncoderLogits.read(lines, "oof.tsv");
  }

  @Test
  void theFileLogitsBecomeTheCrossEncoderFeatureAndTheScorerIsNotRun() {
    EquivalenceFit fit = new EquivalenceFit(THROWING, logits(-1));
    assertThat(fit.stacked()).isTrue();
    LogisticFitter.Model model = fit.fit(set);
    assertThat(model.weights()).hasSize(ShortPairFeatures.COUNT);
    assertThat(model.weights()[ShortPairFeatures.COUNT - 1]).isPositive();
    LogisticFitter.CrossValidation cv = fit.crossValidate(set);
    assertThat(cv.folds()).isEqualTo(LogisticFitter.DEFAULT_FOLDS);
    // The logits separate the ten pairs; 28 other features fitted on eight rows may cost one.
    assertThat(cv.accuracy()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aFileWithoutSomeFoldCrossValidatesTheOthersButCannotFit() {
    EquivalenceFit fit = new EquivalenceFit(THROWING, logits(4));
    LogisticFitter.CrossValidation cv = fit.crossValidate(set);
    assertThat(cv.folds()).isEqualTo(4);
    assertThat(cv.perFold()).extracting(LogisticFitter.FoldScore::fold).containsExactly(0, 1, 2, 3);
    assertThat(cv.perFold().stream().mapToInt(LogisticFitter.FoldScore::rows).sum()).isEqualTo(8);
    assertThatThrownBy(() -> fit.fit(set))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oof.tsv has logits for folds [0, 1, 2, 3] of 5 only")
        .hasMessageContaining("needs a logit for every pair");
  }

  @Test
  void withoutAFileTheComparersScorerGivesTheFeature() {
    ArticleComparer scored = new ArticleComparer(Embedder.shared(), (a, b) -> -3);
    EquivalenceFit fit = new EquivalenceFit(scored);
    assertThat(fit.stacked()).isFalse();
    // A constant feature gets no weight under the L2 penalty, only through the bias.
    assertThat(fit.fit(set).weights()).hasSize(ShortPairFeatures.COUNT);
  }
}
