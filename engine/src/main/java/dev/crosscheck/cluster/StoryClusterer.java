package dev.crosscheck.cluster;

import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.DocumentFrequencies;
import dev.crosscheck.similarity.TermVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Clusters articles into stories by average-link agglomeration (UPGMA) over the cosine of their
 * tf-idf vectors: the two stories with the highest mean pairwise similarity merge while that mean
 * is at least {@link #threshold()}. Pairs the caller knows to be copies (fingerprint matches) count
 * as similarity 1. The result does not depend on input order: articles are taken in id order and
 * ties are broken by id.
 */
public final class StoryClusterer {
  /** Mean cosine from which two stories merge, chosen on the bundled example and seeds. */
  public static final double DEFAULT_THRESHOLD = 0.2;

  private final double threshold;

  public StoryClusterer() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold least mean cosine for a merge, in (0, 1]
   */
  public StoryClusterer(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold (" + threshold + ") must be in (0, 1]");
    }
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /**
   * The stories of {@code profiles}: lists of article ids, each sorted, the lists ordered by size
   * (largest first) then by first id.
   *
   * @param copies pairs of ids known to be near-duplicates, each as {@code Set.of(a, b)}; may be
   *     empty
   */
  public List<List<String>> cluster(List<ArticleProfile> profiles, Set<Set<String>> copies) {
    List<ArticleProfile> sorted = new ArrayList<>(profiles);
    sorted.sort(Comparator.comparing(ArticleProfile::id));
    int n = sorted.size();
    DocumentFrequencies df = DocumentFrequencies.of(sorted);
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (ArticleProfile profile : sorted) {
      vectors.add(TermVectors.vector(profile.termCounts(), df::idf));
    }
    Agglomeration agglomeration = new Agglomeration(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double similarity = TermVectors.cosine(vectors.get(i), vectors.get(j));
        if (copies.contains(Set.of(sorted.get(i).id(), sorted.get(j).id()))) {
          similarity = 1;
        }
        if (similarity > 0) {
          agglomeration.link(i, j, similarity);
        }
      }
    }
    List<List<String>> stories = new ArrayList<>();
    for (List<Integer> members : agglomeration.run(threshold)) {
      stories.add(members.stream().map(i -> sorted.get(i).id()).sorted().toList());
    }
    stories.sort(
        Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(s -> s.get(0)));
    return stories;
  }

  /** Average-link merging over a sparse similarity graph. */
  private static final class Agglomeration {
    private final int[] size;
    private final boolean[] alive;
    private final List<List<Integer>> members = new ArrayList<>();
    // Sum of pairwise similarities between two live clusters, keyed by (low, high) index.
    private final Map<Long, Double> sums = new HashMap<>();
    private final List<Set<Integer>> neighbours = new ArrayList<>();

    Agglomeration(int n) {
      size = new int[n];
      alive = new boolean[n];
      for (int i = 0; i < n; i++) {
        size[i] = 1;
        alive[i] = true;
        members.add(new ArrayList<>(List.of(i)));
        neighbours.add(new HashSet<>());
      }
    }

    void link(int i, int j, double similarity) {
      sums.merge(key(i, j), similarity, Double::sum);
      neighbours.get(i).add(j);
      neighbours.get(j).add(i);
    }

    List<List<Integer>> run(double threshold) {
      PriorityQueue<double[]> queue =
          new PriorityQueue<>(
              Comparator.<double[]>comparingDouble(e -> -e[0])
                  .thenComparingDouble(e -> e[1])
                  .thenComparingDouble(e -> e[2]));
      sums.forEach((k, sum) -> offer(queue, (int) (k >>> 32), (int) (long) k, threshold));
      while (!queue.isEmpty()) {
        double[] best = queue.poll();
        int a = (int) best[1];
        int b = (int) best[2];
        if (!alive[a] || !alive[b] || best[0] != average(a, b)) {
          continue; // stale entry
        }
        merge(a, b);
        for (int c : neighbours.get(a)) {
          offer(queue, a, c, threshold);
        }
      }
      List<List<Integer>> result = new ArrayList<>();
      for (int i = 0; i < size.length; i++) {
        if (alive[i]) {
          result.add(members.get(i));
        }
      }
      return result;
    }

    private void offer(PriorityQueue<double[]> queue, int a, int b, double threshold) {
      double average = average(a, b);
      if (average >= threshold) {
        queue.add(new double[] {average, Math.min(a, b), Math.max(a, b)});
      }
    }

    private double average(int a, int b) {
      return sums.getOrDefault(key(a, b), 0.0) / ((double) size[a] * size[b]);
    }

    /** Folds cluster b into cluster a. */
    private void merge(int a, int b) {
      alive[b] = false;
      for (int c : neighbours.get(b)) {
        if (c == a || !alive[c]) {
          continue;
        }
        double sum = sums.remove(key(b, c));
        sums.merge(key(a, c), sum, Double::sum);
        neighbours.get(a).add(c);
        neighbours.get(c).remove(b);
        neighbours.get(c).add(a);
      }
      sums.remove(key(a, b));
      neighbours.get(a).remove(b);
      neighbours.get(b).clear();
      size[a] += size[b];
      members.get(a).addAll(members.get(b));
    }

    private static long key(int i, int j) {
      int low = Math.min(i, j);
      int high = Math.max(i, j);
      return ((long) low << 32) | high;
    }
  }
}
