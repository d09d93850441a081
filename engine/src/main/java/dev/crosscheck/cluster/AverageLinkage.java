package dev.crosscheck.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-link agglomeration (UPGMA) over a sparse similarity graph: the two groups with the
 * highest mean pairwise similarity merge while that mean is at least the threshold; missing pairs
 * count as 0, so a chain of weak links does not pull two groups together. Ties are broken by index,
 * so the result depends only on the graph. Not thread-safe; one use per instance. Public for the
 * tuning tools of the eval module.
 *
 * <p>Primitive structures throughout (one open-addressing int-to-double row per group, linked
 * member lists, an array heap) because a large neighbourhood is cut again on every article added to
 * it; the order of merges and of every floating-point addition is the same as a boxed map of pair
 * sums would give.
 */
public final class AverageLinkage {
  private final int[] size;
  private final boolean[] alive;

  /**
   * Sums of similarity to each neighbouring group; row a holds (c, sum) and row c holds (a, sum).
   */
  private final Row[] rows;

  /** Members as linked lists: first and last member of each group, next member of each item. */
  private final int[] head;

  private final int[] tail;
  private final int[] next;

  public AverageLinkage(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("item count (" + n + ") must be at least 0");
    }
    size = new int[n];
    alive = new boolean[n];
    rows = new Row[n];
    head = new int[n];
    tail = new int[n];
    next = new int[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      rows[i] = new Row();
      head[i] = i;
      tail[i] = i;
      next[i] = -1;
    }
  }

  /** Records the similarity of items {@code i != j}; a repeated pair adds up. */
  public void link(int i, int j, double similarity) {
    if (i == j) {
      throw new IllegalArgumentException("linked items (" + i + ", " + j + ") must differ");
    }
    rows[i].add(j, similarity);
    rows[j].add(i, similarity);
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
    IntList moves = new IntList();
    for (int i = 0; i < size.length; i++) {
      if (alive[i] && size[i] == 1) {
        int best = attachTarget(i, attachThreshold);
        if (best >= 0) {
          moves.add(i);
          moves.add(best);
        }
      }
    }
    for (int m = 0; m < moves.size(); m += 2) {
      alive[moves.get(m)] = false;
      append(moves.get(m + 1), moves.get(m));
    }
    List<List<Integer>> result = new ArrayList<>();
    for (int i = 0; i < size.length; i++) {
      if (alive[i]) {
        List<Integer> group = new ArrayList<>();
        for (int item = head[i]; item >= 0; item = next[item]) {
          group.add(item);
        }
        result.add(group);
      }
    }
    return result;
  }

  /** The group of two or more that loner {@code i} joins, or -1. */
  private int attachTarget(int i, double attachThreshold) {
    Row row = rows[i];
    int best = -1;
    double bestMean = attachThreshold;
    for (int slot = 0; slot < row.keys.length; slot++) {
      int c = row.keys[slot];
      if (c < 0) {
        continue;
      }
      double mean = row.values[slot] / ((double) size[i] * size[c]);
      boolean better =
          best < 0 ? mean >= bestMean : mean > bestMean || (mean == bestMean && c < best);
      if (alive[c] && size[c] > 1 && better) {
        best = c;
        bestMean = mean;
      }
    }
    return best;
  }

  private void agglomerate(double threshold) {
    Heap heap = new Heap();
    for (int a = 0; a < size.length; a++) {
      Row row = rows[a];
      for (int slot = 0; slot < row.keys.length; slot++) {
        if (row.keys[slot] > a) {
          offer(heap, a, row.keys[slot], threshold);
        }
      }
    }
    while (heap.size > 0) {
      double top = heap.average[0];
      int a = heap.low[0];
      int b = heap.high[0];
      heap.poll();
      if (!alive[a] || !alive[b] || top != average(a, b)) {
        continue; // stale entry
      }
      merge(a, b);
      Row row = rows[a];
      for (int slot = 0; slot < row.keys.length; slot++) {
        if (row.keys[slot] >= 0) {
          offer(heap, a, row.keys[slot], threshold);
        }
      }
    }
  }

  private void offer(Heap heap, int a, int b, double threshold) {
    double average = average(a, b);
    if (average >= threshold) {
      heap.add(average, Math.min(a, b), Math.max(a, b));
    }
  }

  private double average(int a, int b) {
    return rows[a].get(b) / ((double) size[a] * size[b]);
  }

  /** Folds group b into group a (a < b, so the survivor is the lower index). */
  private void merge(int a, int b) {
    alive[b] = false;
    Row from = rows[b];
    for (int slot = 0; slot < from.keys.length; slot++) {
      int c = from.keys[slot];
      if (c < 0 || c == a || !alive[c]) {
        continue;
      }
      double sum = from.values[slot];
      rows[a].add(c, sum);
      rows[c].remove(b);
      rows[c].add(a, sum);
    }
    rows[a].remove(b);
    rows[b] = new Row();
    size[a] += size[b];
    append(a, b);
  }

  /** Appends the members of group {@code b} to those of group {@code a}. */
  private void append(int a, int b) {
    next[tail[a]] = head[b];
    tail[a] = tail[b];
  }

  /**
   * An open-addressing map from group index to similarity sum (linear probing, backward-shift
   * deletion); empty slots hold key -1.
   */
  private static final class Row {
    private static final int INITIAL_CAPACITY = 4;
    int[] keys = empty(INITIAL_CAPACITY);
    double[] values = new double[INITIAL_CAPACITY];
    private int count;

    private static int[] empty(int capacity) {
      int[] keys = new int[capacity];
      Arrays.fill(keys, -1);
      return keys;
    }

    private int slot(int key) {
      int h = key * 0x9E3779B9;
      return (h ^ (h >>> 16)) & (keys.length - 1);
    }

    private int find(int key) {
      int mask = keys.length - 1;
      for (int s = slot(key); ; s = (s + 1) & mask) {
        if (keys[s] == key || keys[s] < 0) {
          return s;
        }
      }
    }

    double get(int key) {
      int s = find(key);
      return keys[s] == key ? values[s] : 0.0;
    }

    /** Adds {@code value} to the sum of {@code key} (old + value), or stores it if absent. */
    void add(int key, double value) {
      int s = find(key);
      if (keys[s] == key) {
        values[s] = values[s] + value;
        return;
      }
      keys[s] = key;
      values[s] = value;
      if (++count * 2 > keys.length) {
        grow();
      }
    }

    void remove(int key) {
      int s = find(key);
      if (keys[s] != key) {
        return;
      }
      int mask = keys.length - 1;
      int gap = s;
      for (int t = (s + 1) & mask; keys[t] >= 0; t = (t + 1) & mask) {
        int home = slot(keys[t]);
        // Move t back into the gap unless its home lies cyclically in (gap, t].
        boolean stays = gap <= t ? gap < home && home <= t : gap < home || home <= t;
        if (!stays) {
          keys[gap] = keys[t];
          values[gap] = values[t];
          gap = t;
        }
      }
      keys[gap] = -1;
      count--;
    }

    private void grow() {
      int[] oldKeys = keys;
      double[] oldValues = values;
      keys = empty(oldKeys.length * 2);
      values = new double[oldKeys.length * 2];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] >= 0) {
          int t = find(oldKeys[s]);
          keys[t] = oldKeys[s];
          values[t] = oldValues[s];
        }
      }
    }
  }

  /**
   * A binary max-heap of candidate merges: highest mean first (as {@code Double.compare} orders the
   * negated means), then lower first index, then lower second index.
   */
  private static final class Heap {
    double[] average = new double[16];
    int[] low = new int[16];
    int[] high = new int[16];
    int size;

    void add(double mean, int a, int b) {
      if (size == average.length) {
        average = Arrays.copyOf(average, size * 2);
        low = Arrays.copyOf(low, size * 2);
        high = Arrays.copyOf(high, size * 2);
      }
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (!before(mean, a, b, parent)) {
          break;
        }
        set(k, parent);
        k = parent;
      }
      put(k, mean, a, b);
    }

    void poll() {
      int last = --size;
      if (last == 0) {
        return;
      }
      double mean = average[last];
      int a = low[last];
      int b = high[last];
      int k = 0;
      int half = last >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        int right = child + 1;
        if (right < last && before(average[right], low[right], high[right], child)) {
          child = right;
        }
        if (!before(average[child], low[child], high[child], mean, a, b)) {
          break;
        }
        set(k, child);
        k = child;
      }
      put(k, mean, a, b);
    }

    private void set(int to, int from) {
      put(to, average[from], low[from], high[from]);
    }

    private void put(int k, double mean, int a, int b) {
      average[k] = mean;
      low[k] = a;
      high[k] = b;
    }

    private boolean before(double mean, int a, int b, int k) {
      return before(mean, a, b, average[k], low[k], high[k]);
    }

    private static boolean before(double mean, int a, int b, double mean2, int a2, int b2) {
      int c = Double.compare(-mean, -mean2);
      if (c != 0) {
        return c < 0;
      }
      return a != a2 ? a < a2 : b < b2;
    }
  }
}
