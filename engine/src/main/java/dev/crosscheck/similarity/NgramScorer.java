package dev.crosscheck.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the n-gram overlap of two texts as machine-translation metrics do: the clipped n-gram
 * precision of BLEU (Papineni et al. 2002) and the character n-gram F of chrF (Popović 2015).
 * Madnani, Tetreault and Chodorow (2012, "Re-examining Machine Translation Metrics for Paraphrase
 * Identification") found such metrics, taken in both directions, among the strongest features on
 * MSRP. Stateless.
 */
final class NgramScorer {
  private NgramScorer() {}

  /**
   * The share of {@code a}'s word n-grams found in {@code b}, each counted at most as often as
   * {@code b} has it, in [0, 1]; 0 when {@code a} has fewer than {@code n} tokens.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  static double precision(List<String> a, List<String> b, int n) {
    return precisions(a, b, n).forward();
  }

  /**
   * The clipped word n-gram precision in both directions, each side's n-grams counted once: the
   * clipped match count is the same both ways, only the denominators differ.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  static Precisions precisions(List<String> a, List<String> b, int n) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    checkOrder(n);
    if (a.size() < n && b.size() < n) {
      return new Precisions(0, 0);
    }
    int matches = clippedMatches(wordGrams(a, n), wordGrams(b, n));
    return new Precisions(share(matches, a.size() - n + 1), share(matches, b.size() - n + 1));
  }

  /**
   * The clipped n-gram precision of two texts in both directions, each in [0, 1].
   *
   * @param forward the share of the first text's n-grams found in the second
   * @param backward the share of the second text's n-grams found in the first
   */
  record Precisions(double forward, double backward) {
    /** The smaller of the two directions. */
    double min() {
      return Math.min(forward, backward);
    }

    /** The larger of the two directions. */
    double max() {
      return Math.max(forward, backward);
    }
  }

  private static double share(int matches, int grams) {
    return grams <= 0 ? 0 : (double) matches / grams;
  }

  /**
   * The harmonic mean of the character n-gram precision and recall of {@code a} against {@code b},
   * counts clipped, in [0, 1]; 0 when a side is shorter than {@code n} characters.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  static double characterF(String a, String b, int n) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    checkOrder(n);
    if (a.length() < n || b.length() < n) {
      return 0;
    }
    int matches = clippedMatches(charGrams(a, n), charGrams(b, n));
    double precision = (double) matches / (a.length() - n + 1);
    double recall = (double) matches / (b.length() - n + 1);
    return matches == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static void checkOrder(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n (" + n + ") must be >= 1");
    }
  }

  private static Map<String, Integer> wordGrams(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = n; i <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i - n, i)), 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Integer> charGrams(String text, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = n; i <= text.length(); i++) {
      counts.merge(text.substring(i - n, i), 1, Integer::sum);
    }
    return counts;
  }

  private static int clippedMatches(Map<String, Integer> a, Map<String, Integer> b) {
    int matches = 0;
    for (Map.Entry<String, Integer> gram : a.entrySet()) {
      matches += Math.min(gram.getValue(), b.getOrDefault(gram.getKey(), 0));
    }
    return matches;
  }
}
