package dev.crosscheck.eval.pairs;

import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Scores every pair of a set with {@link ArticleComparer} (pairs in parallel) and measures the
 * result against the gold values: accuracy and F1 of {@code equivalent} on binary sets, Pearson and
 * Spearman of {@code similarity} on all sets. Sets with language pairs also get a row for {@link
 * #REPORTED_GROUP}.
 */
public final class PairsEvaluator {
  /** The language pair reported on its own beside {@code all}. */
  public static final String REPORTED_GROUP = "en-en";

  private final ArticleComparer comparer;

  public PairsEvaluator(ArticleComparer comparer) {
    this.comparer = Objects.requireNonNull(comparer, "comparer");
  }

  /** The rows of one set. */
  public List<PairsRow> evaluate(PairSet set) {
    long before = comparer.embedder().computed();
    List<Comparison> results = set.pairs().parallelStream().map(p -> compare(p)).toList();
    long embeddings = comparer.embedder().computed() - before;
    List<PairsRow> rows = new ArrayList<>();
    rows.add(row(set, "all", p -> true, results, embeddings));
    boolean grouped = set.pairs().stream().anyMatch(p -> !p.group().equals("-"));
    if (grouped) {
      rows.add(row(set, REPORTED_GROUP, p -> p.group().equals(REPORTED_GROUP), results, 0));
    }
    return rows;
  }

  private Comparison compare(LabeledPair pair) {
    return comparer.compare(pair.a(), pair.b());
  }

  private static PairsRow row(
      PairSet set,
      String group,
      Predicate<LabeledPair> include,
      List<Comparison> results,
      long embeddings) {
    List<Double> predicted = new ArrayList<>();
    List<Double> gold = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int correct = 0;
    for (int i = 0; i < results.size(); i++) {
      LabeledPair pair = set.pairs().get(i);
      if (!include.test(pair)) {
        continue;
      }
      Comparison c = results.get(i);
      predicted.add(c.similarity());
      gold.add(set.scale() == GoldScale.DISSIMILARITY ? -pair.gold() : pair.gold());
      boolean positive = pair.gold() >= 0.5;
      tp += c.equivalent() && positive ? 1 : 0;
      fp += c.equivalent() && !positive ? 1 : 0;
      fn += !c.equivalent() && positive ? 1 : 0;
      correct += c.equivalent() == positive ? 1 : 0;
    }
    int n = predicted.size();
    double[] x = predicted.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = gold.stream().mapToDouble(Double::doubleValue).toArray();
    boolean binary = set.scale() == GoldScale.BINARY;
    double accuracy = binary && n > 0 ? (double) correct / n : Double.NaN;
    double f1 = binary && tp > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : binary ? 0 : Double.NaN;
    return new PairsRow(
        set.name(),
        group,
        n,
        accuracy,
        f1,
        Correlation.pearson(x, y),
        Correlation.spearman(x, y),
        embeddings);
  }
}
