package dev.crosscheck.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Average-link agglomeration (UPGMA) over a sparse similarity graph: the two groups with the
 * highest mean pairwise similarity merge while that mean is at least the threshold; missing pairs
 * count as 0, so a chain of weak links does not pull two groups together. Ties are broken by index,
 * so the result depends only on the graph. Not thread-safe; one use per instance. Public for the
 * tuning tools of the eval module. The boxed implementation this package used before session 4,
 * kept as the reference the primitive one must match exactly.
 */
final class ReferenceAverageLinkage {
  private final int[] size;
  private final boolean[] alive;
  private final List<List<Integer>> members = new ArrayList<>();
  private final Map<Long, Double> sums = new HashMap<>();
  private final List<Set<Integer>> neighbours = new ArrayList<>();

  ReferenceAverageLinkage(int n) {
    size = new int[n];
    alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      members.add(new ArrayList<>(List.of(i)));
      neighbours.add(new HashSet<>());
    }
  }

  /** Records the similarity of items {@code i != j}; a repeated pair adds up. */
  public void link(int i, int j, double similarity) {
    sums.merge(key(i, j), similarity, Double::sum);
    neighbours.get(i).add(j);
    neighbours.get(j).add(i);
  }

  /** The groups of item indexes at {@code threshold}. */
  public List<List<Integer>> run(double threshold) {
    return run(threshold, Double.POSITIVE_INFINITY);
  }

  /**
   * The groups of item indexes at {@code threshold}, after which every item left alone joins the
   * group of two or more whose mean similarity to it is highest, if that mean is at least {@code
   * attachThreshold} (ties to the lower index). The choices are made against the groups as
   * agglomeration left them, so one attached item never draws in another. Why: an article that
   * tells a story in other words scores just below the join threshold against each of its siblings,
   * while the siblings are still its best match by far; a group of two or more is evidence of a
   * story that the loner may belong to, whereas two loners together are not.
   */
  public List<List<Integer>> run(double threshold, double attachThreshold) {
    agglomerate(threshold);
    List<int[]> moves = new ArrayList<>();
    for (int i = 0; i < size.length; i++) {
      if (alive[i] && size[i] == 1) {
        int best = -1;
        double bestMean = attachThreshold;
        for (int c : neighbours.get(i)) {
          double mean = average(i, c);
          boolean better =
              best < 0 ? mean >= bestMean : mean > bestMean || (mean == bestMean && c < best);
          if (alive[c] && size[c] > 1 && better) {
            best = c;
            bestMean = mean;
          }
        }
        if (best >= 0) {
          moves.add(new int[] {i, best});
        }
      }
    }
    for (int[] move : moves) {
      alive[move[0]] = false;
      members.get(move[1]).addAll(members.get(move[0]));
    }
    List<List<Integer>> result = new ArrayList<>();
    for (int i = 0; i < size.length; i++) {
      if (alive[i]) {
        result.add(members.get(i));
      }
    }
    return result;
  }

  private void agglomerate(double threshold) {
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            Comparator.<double[]>comparingDouble(e -> -e[0])
                .thenComparingDouble(e -> e[1])
                .thenComparingDouble(e -> e[2]));
    sums.forEach(
        (k, sum) -> offer(queue, (int) (k / size.length), (int) (k % size.length), threshold));
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

  /** Folds group b into group a (a < b, so the survivor is the lower index). */
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

  /**
   * The key of a pair, {@code low * n + high}: unlike {@code low << 32 | high}, whose hash is
   * {@code low ^ high}, these keys spread over a hash table (the XOR form collides by the thousand
   * in a large neighbourhood and turns every lookup into a tree search).
   */
  private long key(int i, int j) {
    int low = Math.min(i, j);
    int high = Math.max(i, j);
    return (long) low * size.length + high;
  }
}
