package dev.crosscheck.eval.pairs;

import java.util.Locale;

/**
 * The figures of one set (or one language pair of it).
 *
 * @param set the set's name
 * @param group {@code all}, or a language pair
 * @param pairs how many pairs were scored
 * @param accuracy share of pairs whose {@code equivalent} matches binary gold; NaN for graded sets
 * @param f1 F1 of the positive class (equivalent); NaN for graded sets
 * @param pearson Pearson's r of {@code similarity} with the gold similarity (dissimilarity
 *     inverted); for binary sets with the 0/1 label
 * @param spearman Spearman's rho, likewise
 * @param embeddings embeddings computed for the set (for {@code all} rows; 0 on sub-rows)
 */
public record PairsRow(
    String set,
    String group,
    int pairs,
    double accuracy,
    double f1,
    double pearson,
    double spearman,
    long embeddings) {

  /** One line of the printed table. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "%-20s %-6s %6d %8s %6s %8s %8s %10d",
        set,
        group,
        pairs,
        figure(accuracy),
        figure(f1),
        figure(pearson),
        figure(spearman),
        embeddings);
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-20s %-6s %6s %8s %6s %8s %8s %10s",
        "set",
        "group",
        "pairs",
        "accuracy",
        "F1",
        "pearson",
        "spearman",
        "embeddings");
  }

  private static String figure(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
