package dev.crosscheck.similarity;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Weighted term vectors: sublinear term frequency (1 + ln tf) times an inverse document frequency
 * supplied by the caller, L2-normalized, compared by cosine.
 */
public final class TermVectors {
  private TermVectors() {}

  /** The unit vector of {@code counts} under {@code idf}; empty when no term has weight. */
  public static Map<String, Double> vector(
      Map<String, Integer> counts, ToDoubleFunction<String> idf) {
    Map<String, Double> vector = new HashMap<>(counts.size() * 2);
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
      if (w > 0) {
        vector.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double length = Math.sqrt(norm);
    vector.replaceAll((term, w) -> w / length);
    return vector;
  }

  /** The cosine of two unit vectors, in [0, 1]. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1, dot);
  }
}
