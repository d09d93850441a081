package dev.crosscheck.similarity;

import java.util.Arrays;
import java.util.List;

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
    // With floor 0 every score reaches the floor: the encoded form gives the score itself.
    Vocabulary vocabulary = new Vocabulary();
    return score(EncodedSentence.of(a, vocabulary), EncodedSentence.of(b, vocabulary), 0);
  }

  /** The weighted Dice below which the edit similarity is not consulted. */
  static final double EDIT_FROM_DICE = 0.3;

  /**
   * How far below a threshold a bound must lie to rule a value out: far below the least gap between
   * two different scores of sentences this long, far above rounding.
   */
  static final double BOUND_MARGIN = 1e-9;

  /**
   * {@link #score(SentenceFeatures, SentenceFeatures)} of two encoded sentences when it reaches
   * {@code floor}; otherwise a value below {@code floor} that lies between the weighted Dice and
   * the score (the aligner keeps only scores that reach its least score). The edit similarity,
   * quadratic in the sentence lengths, is consulted only where it could lift the score to the floor
   * and above the Dice ({@link #editSimilarityFrom}).
   */
  double score(EncodedSentence a, EncodedSentence b, double floor) {
    if (Arrays.equals(a.tokens(), b.tokens())) {
      return a.tokens().length == 0 ? 0 : 1;
    }
    double dice = weightedDice(a, b);
    if (dice < EDIT_FROM_DICE) {
      return dice;
    }
    double edit = editSimilarityFrom(a, b, Math.max(dice, floor) - BOUND_MARGIN);
    return edit < 0 ? dice : Math.max(dice, edit);
  }

  /**
   * The edit similarity of two encoded sentences (their first {@link #MAX_EDIT_TOKENS} tokens) when
   * it reaches {@code least}, otherwise -1. Bounds settle most pairs without the edit distance: the
   * matched tokens of an edit script are at most the shorter length and at most the tokens the two
   * share (as multisets), and the distance is computed only in the band of {@link #distanceWithin}.
   */
  static double editSimilarityFrom(EncodedSentence a, EncodedSentence b, double least) {
    int n = a.editTokens().length;
    int m = b.editTokens().length;
    int longer = Math.max(n, m);
    if (n == 0 || m == 0) {
      return least <= 0 ? 0 : -1;
    }
    if (!sharesAtLeast(a.sortedEditTokens(), b.sortedEditTokens(), leastMatched(longer, least))) {
      return -1;
    }
    int edits = mostEdits(longer, least);
    if (edits < 0) {
      return -1;
    }
    int distance = distanceWithin(a.editTokens(), b.editTokens(), edits);
    if (distance > edits) {
      return -1;
    }
    double similarity = 1.0 - (double) distance / longer;
    return similarity >= least ? similarity : -1;
  }

  /** The fewest matched tokens {@code s} for which {@code s / longer} reaches {@code least}. */
  private static int leastMatched(int longer, double least) {
    int matched = (int) Math.max(0, Math.min(longer + 1, Math.ceil(least * longer)));
    while (matched > 0 && (double) (matched - 1) / longer >= least) {
      matched--;
    }
    while (matched <= longer && (double) matched / longer < least) {
      matched++;
    }
    return matched;
  }

  /**
   * The most edits {@code e} for which {@code 1 - e / longer} (as {@link #editSimilarity(int[],
   * int[])} computes it) reaches {@code least}; -1 when none does.
   */
  private static int mostEdits(int longer, double least) {
    int edits = (int) Math.max(-1, Math.min(longer, Math.floor((1 - least) * longer)));
    while (edits < longer && 1.0 - (double) (edits + 1) / longer >= least) {
      edits++;
    }
    while (edits >= 0 && 1.0 - (double) edits / longer < least) {
      edits--;
    }
    return edits;
  }

  /**
   * Whether two sorted arrays share at least {@code target} elements as multisets (which bounds
   * from above the matched tokens of any edit script between them).
   */
  static boolean sharesAtLeast(int[] x, int[] y, int target) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (shared < target) {
      if (shared + Math.min(x.length - i, y.length - j) < target) {
        return false;
      }
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return true;
  }

  /**
   * The word-level Levenshtein distance of {@code a} and {@code b} when it is at most {@code
   * limit}, otherwise some value above {@code limit}: only cells within {@code limit} of the
   * diagonal are computed (Ukkonen, "Algorithms for approximate string matching", 1985), and the
   * computation stops once a whole row exceeds the limit.
   */
  static int distanceWithin(int[] a, int[] b, int limit) {
    int n = a.length;
    int m = b.length;
    int over = limit + 1;
    if (Math.abs(n - m) > limit) {
      return over;
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int low = Math.max(1, i - limit);
      int high = Math.min(m, i + limit);
      current[0] = Math.min(i, over);
      current[low - 1] = low == 1 ? current[0] : over;
      int rowMin = current[low - 1];
      int ai = a[i - 1];
      for (int j = low; j <= high; j++) {
        int substitute = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
        int value = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        current[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (high < m) {
        current[high + 1] = over;
      }
      if (rowMin > limit) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  /**
   * The weighted Dice of two encoded sentences, equal to that of their features: the share of the
   * two sentences' term weight that lies on shared terms, each side weighing a term by its own
   * status (a name that opens one sentence is an anchor only in the other), so it stays in [0, 1].
   */
  static double weightedDice(EncodedSentence a, EncodedSentence b) {
    double weights = a.weight() + b.weight();
    if (weights == 0) {
      return 0;
    }
    int[] x = a.terms();
    int[] y = b.terms();
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      int xi = x[i] >>> 1;
      int yj = y[j] >>> 1;
      if (xi < yj) {
        i++;
      } else if (xi > yj) {
        j++;
      } else {
        shared += termWeight(x[i]) + termWeight(y[j]);
        i++;
        j++;
      }
    }
    return shared / weights;
  }

  private static double termWeight(int term) {
    return (term & 1) != 0 ? ANCHOR_WEIGHT : 1;
  }

  /**
   * {@link #editSimilarity(List, List)} of token ids, equal to it for the tokens of one vocabulary;
   * the caller cuts to {@link #MAX_EDIT_TOKENS}.
   */
  static double editSimilarity(int[] a, int[] b) {
    int n = a.length;
    int m = b.length;
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
      int ai = a[i - 1];
      for (int j = 1; j <= m; j++) {
        int substitute = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[m] / Math.max(n, m);
  }

  /** Longer sentences are compared on their first this many tokens: the cost is quadratic. */
  public static final int MAX_EDIT_TOKENS = 400;

  /**
   * 1 minus the word-level Levenshtein distance over the longer length; sentences longer than
   * {@link #MAX_EDIT_TOKENS} are compared on their first {@link #MAX_EDIT_TOKENS} tokens.
   */
  public static double editSimilarity(List<String> a, List<String> b) {
    // The same distance over token ids: one dynamic programme for both forms.
    Vocabulary vocabulary = new Vocabulary();
    return editSimilarity(
        vocabulary.ids(a.subList(0, Math.min(a.size(), MAX_EDIT_TOKENS))),
        vocabulary.ids(b.subList(0, Math.min(b.size(), MAX_EDIT_TOKENS))));
  }
}
