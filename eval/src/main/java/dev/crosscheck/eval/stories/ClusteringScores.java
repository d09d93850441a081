package dev.crosscheck.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a clustering with the gold stories.
 *
 * @param precision B-cubed precision (Bagga and Baldwin 1998), averaged over articles
 * @param recall B-cubed recall
 * @param f1 harmonic mean of the two
 * @param adjustedRand adjusted Rand index (Hubert and Arabie 1985); 1 = identical, ~0 = chance
 * @param found number of stories found
 * @param gold number of gold stories
 */
public record ClusteringScores(
    double precision, double recall, double f1, double adjustedRand, int found, int gold) {

  /** The scores of {@code predicted} (every gold id in exactly one list) against {@code gold}. */
  public static ClusteringScores of(List<List<String>> predicted, Map<String, String> gold) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int c = 0; c < predicted.size(); c++) {
      for (String id : predicted.get(c)) {
        clusterOf.put(id, c);
      }
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    gold.values().forEach(g -> goldSizes.merge(g, 1, Integer::sum));
    Map<Integer, Integer> clusterSizes = new HashMap<>();
    Map<String, Integer> cells = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      Integer c = clusterOf.get(e.getKey());
      if (c == null) {
        throw new IllegalArgumentException("article (" + e.getKey() + ") must be in a story");
      }
      clusterSizes.merge(c, 1, Integer::sum);
      cells.merge(c + "\t" + e.getValue(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      int c = clusterOf.get(e.getKey());
      int overlap = cells.get(c + "\t" + e.getValue());
      precision += (double) overlap / clusterSizes.get(c);
      recall += (double) overlap / goldSizes.get(e.getValue());
    }
    int n = gold.size();
    precision = n == 0 ? 1 : precision / n;
    recall = n == 0 ? 1 : recall / n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClusteringScores(
        precision,
        recall,
        f1,
        adjustedRand(cells, clusterSizes, goldSizes, n),
        clusterSizes.size(),
        goldSizes.size());
  }

  private static double adjustedRand(
      Map<String, Integer> cells,
      Map<Integer, Integer> clusterSizes,
      Map<String, Integer> goldSizes,
      int n) {
    double index = cells.values().stream().mapToDouble(ClusteringScores::pairs).sum();
    double a = clusterSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
    double b = goldSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
    double expected = n < 2 ? 0 : a * b / pairs(n);
    double max = (a + b) / 2;
    if (max == expected) {
      return 1;
    }
    return (index - expected) / (max - expected);
  }

  private static double pairs(int size) {
    return size * (size - 1) / 2.0;
  }
}
