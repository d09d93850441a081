package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.similarity.ArticleComparer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The figures reached on the shared pair sets (held-out where a dev split exists). */
@Tag("shared")
class PairsSharedDataTest {
  private static final Path DATA = Path.of("../../shared/data/pairs");
  private final PairSetReader reader = new PairSetReader();
  private final PairsEvaluator evaluator = new PairsEvaluator(new ArticleComparer());

  private PairSet read(String set) throws Exception {
    Path dir = DATA.resolve(set);
    if (!dir.toFile().isDirectory()) {
      dir = Path.of("../shared/data/pairs").resolve(set);
    }
    return reader.read(dir);
  }

  private List<PairsRow> evaluate(String set) throws Exception {
    return evaluator.evaluate(read(set));
  }

  @Test
  void stsbDev() throws Exception {
    PairsRow all = evaluate("stsb-dev").get(0);
    assertThat(all.pearson()).isGreaterThan(0.86);
    assertThat(all.spearman()).isGreaterThan(0.86);
  }

  @Test
  void msrpTrainFirstThousand() throws Exception {
    // The whole set (4076 pairs) gives accuracy 0.762, F1 0.821 without a cross-encoder (the
    // judge was fitted on it with the cross-encoder feature: without one that feature is 0; 0.780
    // / 0.846 with the 28-feature judge; its 5-fold held-out figure is in
    // EquivalenceFitSharedTest); a quarter keeps CI short.
    PairSet set = read("msrp-train");
    PairSet head = new PairSet(set.name(), set.scale(), set.pairs().subList(0, 1000), 0);
    PairsRow all = evaluator.evaluate(head).get(0);
    assertThat(all.accuracy()).isGreaterThan(0.72);
    assertThat(all.f1()).isGreaterThan(0.80);
  }

  @Test
  void semEval2022EnglishPairs() throws Exception {
    PairSet set = read("semeval2022-train");
    assertThat(set.scale()).isEqualTo(GoldScale.DISSIMILARITY);
    List<LabeledPair> english =
        set.pairs().stream().filter(p -> p.group().equals("en-en")).toList();
    List<PairsRow> rows = evaluator.evaluate(new PairSet(set.name(), set.scale(), english, 0));
    assertThat(rows.get(1).group()).isEqualTo("en-en");
    assertThat(rows.get(1).pearson()).isGreaterThan(0.80);
  }
}
