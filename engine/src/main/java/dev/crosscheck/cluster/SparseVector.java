package dev.crosscheck.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import net.openhft.hashing.LongHashFunction;

/**
 * A unit-length sparse vector over terms, keyed by a fixed 64-bit hash of the term (sorted), so
 * that it takes no dictionary and a dot product is a merge. Hash collisions merge two terms, rare
 * enough (2^-64 per pair) to ignore.
 */
public record SparseVector(long[] keys, float[] weights) {
  /** The empty vector. */
  public static final SparseVector EMPTY = new SparseVector(new long[0], new float[0]);

  /** The fixed seed of term hashes ("cc-terms" in ASCII). Never change it. */
  public static final long SEED = 0x63632D7465726D73L;

  private static final LongHashFunction HASH = LongHashFunction.xx3(SEED);

  /** The hash of a term. */
  public static long hash(String term) {
    return HASH.hashBytes(term.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The unit vector of terms, weight {@code (1 + ln count) × idf}, keeping the {@code limit}
   * heaviest terms (ties by hash).
   */
  public static SparseVector of(
      Map<String, Integer> counts, ToDoubleFunction<String> idf, int limit) {
    int n = counts.size();
    long[] keys = new long[n];
    double[] raw = new double[n];
    int i = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      keys[i] = hash(e.getKey());
      raw[i] = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
      i++;
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    int kept = Math.min(limit, n);
    Integer[] top;
    if (kept < n) {
      Arrays.sort(
          order,
          (a, b) ->
              raw[a] != raw[b] ? Double.compare(raw[b], raw[a]) : Long.compare(keys[a], keys[b]));
      top = Arrays.copyOf(order, kept);
      Arrays.sort(top, (a, b) -> Long.compare(keys[a], keys[b]));
    } else {
      // Every term is kept: one sort by key, ties (a hash collision) in the heaviest-first order
      // that the two sorts above would leave.
      top = order;
      Arrays.sort(
          top,
          (a, b) ->
              keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Double.compare(raw[b], raw[a]));
    }
    double norm = 0;
    for (Integer k : top) {
      norm += raw[k] * raw[k];
    }
    if (norm == 0) {
      return EMPTY;
    }
    double length = Math.sqrt(norm);
    long[] outKeys = new long[kept];
    float[] outWeights = new float[kept];
    for (int k = 0; k < kept; k++) {
      outKeys[k] = keys[top[k]];
      outWeights[k] = (float) (raw[top[k]] / length);
    }
    return new SparseVector(outKeys, outWeights);
  }

  public int size() {
    return keys.length;
  }

  /** The cosine of two unit vectors, in [0, 1]. */
  public double dot(SparseVector other) {
    long[] a = keys;
    long[] b = other.keys;
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, sum);
  }
}
