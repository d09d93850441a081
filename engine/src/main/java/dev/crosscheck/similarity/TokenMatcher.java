package dev.crosscheck.similarity;

import java.util.Objects;

/**
 * Matches the word pieces of two texts greedily in the model's token space ({@link TokenMatch}).
 * Punctuation pieces are left out when a side has other pieces: they match anything of their kind
 * and say nothing about content. The cost is the product of the two piece counts (at most {@link
 * Embedder#MAX_TOKENS} each) times {@link Embedder#DIMENSIONS}. Thread-safe.
 */
public final class TokenMatcher {
  /** Below this best cosine, a piece counts as unmatched. */
  public static final double UNMATCHED_COSINE = 0.5;

  /** Below this best cosine, a piece counts as weakly matched ({@link TokenMatch#weakFewer()}). */
  public static final double WEAK_COSINE = 0.6;

  /** From this best cosine, a piece counts as closely matched ({@link TokenMatch#looseMore()}). */
  public static final double CLOSE_COSINE = 0.8;

  /** Counts of unmatched pieces are divided by this and capped at 1. */
  static final double UNMATCHED_SCALE = 10;

  /**
   * The match of {@code a}'s pieces with {@code b}'s; {@link TokenMatch#NONE} if a side is empty.
   */
  TokenMatch match(TokenVectors a, TokenVectors b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    float[][] va = content(a);
    float[][] vb = content(b);
    if (va.length == 0 || vb.length == 0) {
      return TokenMatch.NONE;
    }
    double[] bestA = best(va, vb);
    double[] bestB = best(vb, va);
    double recall = mean(bestA);
    double precision = mean(bestB);
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double worst = Math.min(min(bestA), min(bestB));
    int unmatched = Math.max(below(bestA, UNMATCHED_COSINE), below(bestB, UNMATCHED_COSINE));
    int weak = Math.min(below(bestA, WEAK_COSINE), below(bestB, WEAK_COSINE));
    int loose = Math.max(below(bestA, CLOSE_COSINE), below(bestB, CLOSE_COSINE));
    return new TokenMatch(
        f, worst, scaled(unmatched), secondLowest(bestA, bestB), scaled(weak), scaled(loose));
  }

  private static double scaled(int count) {
    return Math.min(1, count / UNMATCHED_SCALE);
  }

  /** The second lowest value of both arrays together, or the lowest if there is one value. */
  private static double secondLowest(double[] a, double[] b) {
    double lowest = Double.MAX_VALUE;
    double second = Double.MAX_VALUE;
    for (double[] values : new double[][] {a, b}) {
      for (double v : values) {
        if (v < lowest) {
          second = lowest;
          lowest = v;
        } else if (v < second) {
          second = v;
        }
      }
    }
    return second == Double.MAX_VALUE ? lowest : second;
  }

  /** The vectors of the pieces that are not punctuation, or all of them if none is. */
  private static float[][] content(TokenVectors tokens) {
    int kept = 0;
    for (String piece : tokens.pieces()) {
      kept += isWord(piece) ? 1 : 0;
    }
    if (kept == 0) {
      return tokens.vectors();
    }
    float[][] result = new float[kept][];
    int i = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (isWord(tokens.pieces()[t])) {
        result[i++] = tokens.vectors()[t];
      }
    }
    return result;
  }

  private static boolean isWord(String piece) {
    if (piece.isEmpty()) {
      return false;
    }
    int first = piece.codePointAt(0);
    return Character.isLetterOrDigit(first) || first == '_' || first == '#';
  }

  /** For each vector of {@code from}, its best cosine with {@code to}, at least 0. */
  private static double[] best(float[][] from, float[][] to) {
    double[] result = new double[from.length];
    for (int i = 0; i < from.length; i++) {
      double best = 0;
      for (float[] other : to) {
        best = Math.max(best, Embedder.cosine(from[i], other));
      }
      result[i] = best;
    }
    return result;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double min(double[] values) {
    double min = Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  private static int below(double[] values, double cosine) {
    int count = 0;
    for (double v : values) {
      count += v < cosine ? 1 : 0;
    }
    return count;
  }
}
