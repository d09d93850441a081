package dev.crosscheck.similarity;

import java.util.List;
import java.util.Set;

/**
 * Scores how closely two sentences say the same thing, from 0 (nothing shared) to 1 (the same
 * words). Lexical: the better of a weighted Dice overlap of content terms, where names, numbers and
 * days weigh {@link #ANCHOR_WEIGHT} times a plain word (spinning replaces words but keeps names and
 * figures), and a token edit-distance ratio (light edits keep word order).
 */
public final class SentenceScorer {
  /** How much more a name, number or day counts than another content word. */
  public static final double ANCHOR_WEIGHT = 2.0;

  /** The score of {@code a} against {@code b}, in [0, 1]; symmetric. */
  public double score(SentenceFeatures a, SentenceFeatures b) {
    if (a.tokens().equals(b.tokens())) {
      return a.tokens().isEmpty() ? 0 : 1;
    }
    double dice = weightedDice(a, b);
    if (dice < 0.3) {
      return dice;
    }
    return Math.max(dice, editSimilarity(a.tokens(), b.tokens()));
  }

  private static double weightedDice(SentenceFeatures a, SentenceFeatures b) {
    double wa = weight(a.terms(), a.anchors());
    double wb = weight(b.terms(), b.anchors());
    if (wa + wb == 0) {
      return 0;
    }
    double shared = 0;
    for (String term : a.terms()) {
      if (b.terms().contains(term)) {
        boolean anchor = a.anchors().contains(term) || b.anchors().contains(term);
        shared += anchor ? ANCHOR_WEIGHT : 1;
      }
    }
    return 2 * shared / (wa + wb);
  }

  private static double weight(Set<String> terms, Set<String> anchors) {
    return terms.size() + (ANCHOR_WEIGHT - 1) * anchors.size();
  }

  /** Longer sentences are compared on their first this many tokens: the cost is quadratic. */
  public static final int MAX_EDIT_TOKENS = 400;

  /**
   * 1 minus the word-level Levenshtein distance over the longer length; sentences longer than
   * {@link #MAX_EDIT_TOKENS} are compared on their first {@link #MAX_EDIT_TOKENS} tokens.
   */
  public static double editSimilarity(List<String> a, List<String> b) {
    if (a.size() > MAX_EDIT_TOKENS || b.size() > MAX_EDIT_TOKENS) {
      return editSimilarity(
          a.subList(0, Math.min(a.size(), MAX_EDIT_TOKENS)),
          b.subList(0, Math.min(b.size(), MAX_EDIT_TOKENS)));
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
