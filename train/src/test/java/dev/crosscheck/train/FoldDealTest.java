package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.eval.pairs.LabeledPair;
import dev.crosscheck.eval.pairs.LogisticFitter;
import dev.crosscheck.eval.pairs.PairSetReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fine-tuning folds are the equivalence judge's cross-validation folds. */
class FoldDealTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(FoldDealTest.class.getResource("fold-fixture").toURI());
  }

  @Test
  void theFixtureIsDealtIntoTheSameFoldsAsTheJudgesCrossValidation() throws Exception {
    List<SentencePair> pairs = new PairFileReader().read(fixture());
    List<String> evalIds =
        new PairSetReader().read(fixture()).pairs().stream().map(LabeledPair::id).toList();
    assertThat(pairs.stream().map(SentencePair::id).toList()).isEqualTo(evalIds).hasSize(11);
    assertThat(HeldOutSplit.DEFAULT_FOLD_SEED).isEqualTo(LogisticFitter.DEFAULT_SEED);

    int[] judge = LogisticFitter.folds(pairs.size(), 5, LogisticFitter.DEFAULT_SEED);
    assertThat(HeldOutSplit.deal(pairs.size(), 5, HeldOutSplit.DEFAULT_FOLD_SEED)).isEqualTo(judge);
    for (int k = 0; k < 5; k++) {
      HeldOutSplit split = HeldOutSplit.fold(pairs, 5, k, HeldOutSplit.DEFAULT_FOLD_SEED);
      for (int n = 0; n < pairs.size(); n++) {
        List<SentencePair> side = judge[n] == k ? split.heldOut() : split.train();
        assertThat(side).contains(pairs.get(n));
      }
    }
  }

  @Test
  void seededDealsEqualTheJudgesAndFoldsPartitionTheSet() {
    Random random = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      int rows = 2 + random.nextInt(5_000);
      int folds = 2 + random.nextInt(Math.min(9, rows - 1));
      long seed = random.nextLong();
      assertThat(HeldOutSplit.deal(rows, folds, seed))
          .isEqualTo(LogisticFitter.folds(rows, folds, seed));
    }
    List<SentencePair> pairs = HeldOutSplitTest.pairs(103);
    Set<SentencePair> heldOut = new HashSet<>();
    for (int k = 0; k < 5; k++) {
      HeldOutSplit split = HeldOutSplit.fold(pairs, 5, k, 1);
      assertThat(split.heldOut()).hasSizeBetween(20, 21);
      assertThat(split.train().size() + split.heldOut().size()).isEqualTo(103);
      assertThat(split.train()).doesNotContainAnyElementsOf(split.heldOut());
      heldOut.addAll(split.heldOut());
    }
    assertThat(heldOut).hasSize(103);
  }

  @Test
  void rejectsAnEmptySetAndBadFolds() {
    assertThatThrownBy(() -> HeldOutSplit.fold(List.of(), 5, 0, 1))
        .hasMessageContaining("folds (5) must be in [2, 0]");
    assertThatThrownBy(() -> HeldOutSplit.fold(HeldOutSplitTest.pairs(10), 5, 5, 1))
        .hasMessageContaining("fold (5) must be in [0, 5)");
  }
}
