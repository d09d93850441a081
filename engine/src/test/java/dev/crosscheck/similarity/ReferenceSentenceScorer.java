package dev.crosscheck.similarity;

import java.util.List;
import java.util.Set;

/**
 * The sentence score as it was computed before sentences were encoded as ids: string sets and the
 * full edit distance over strings. The reference {@link SentenceScorer} is tested against.
 */
final class ReferenceSentenceScorer {
  private ReferenceSentenceScorer() {}

  static double score(SentenceFeatures a, SentenceFeatures b) {
    if (a.tokens().equals(b.tokens())) {
      return a.tokens().isEmpty() ? 0 : 1;
    }
    double dice = weightedDice(a, b);
    if (dice < SentenceScorer.EDIT_FROM_DICE) {
      return dice;
    }
    return Math.max(dice, editSimilarity(a.tokens(), b.tokens()));
  }

  static double weightedDice(SentenceFeatures a, SentenceFeatures b) {
    double wa = weight(a.terms(), a.anchors());
    double wb = weight(b.terms(), b.anchors());
    if (wa + wb == 0) {
      return 0;
    }
    double shared = 0;
    for (String term : a.terms()) {
      if (b.terms().contains(term)) {
        shared += weight(term, a.anchors()) + weight(term, b.anchors());
      }
    }
    return shared / (wa + wb);
  }

  private static double weight(String term, Set<String> anchors) {
    return anchors.contains(term) ? SentenceScorer.ANCHOR_WEIGHT : 1;
  }

  private static double weight(Set<String> terms, Set<String> anchors) {
    return terms.size() + (SentenceScorer.ANCHOR_WEIGHT - 1) * anchors.size();
  }

  static double editSimilarity(List<String> a, List<String> b) {
    int max = SentenceScorer.MAX_EDIT_TOKENS;
    if (a.size() > max || b.size() > max) {
      return editSimilarity(
          a.subList(0, Math.min(a.size(), max)), b.subList(0, Math.min(b.size(), max)));
    }
    int n = a.size();
    int m = b.size();
    if (n == 0 || m == 0) {
      return 0;
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      String ai = a.get(i - 1);
      for (int j = 1; j <= m; j++) {
        int substitute = previous[j - 1] + (ai.equals(b.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[m] / Math.max(n, m);
  }
}
