package dev.crosscheck.similarity;

import java.util.Objects;

/**
 * Decides whether two short texts state the same content: a logistic regression over {@link
 * ShortPairFeatures}, positive when the probability reaches {@link #THRESHOLD}.
 *
 * <p>The weights were fitted on MSRP train (4,076 pairs, Dolan and Brockett 2005) with {@code
 * dev.crosscheck.eval.pairs.LogisticFitter} (L2 penalty 1e-3, Newton's method) on the features as
 * {@link PairComparer#shortFeatures} computes them with the shipped MiniLM model; the same fitter's
 * 5-fold cross-validation gives a held-out accuracy of 0.764 (F1 0.836), reproduced by the eval
 * module's shared-data test {@code EquivalenceFitSharedTest}. Refit when a feature changes.
 * Thread-safe.
 */
public final class EquivalenceJudge {
  /** The intercept. */
  public static final double BIAS = -3.203;

  /** Weight of {@link ShortPairFeatures#semantic()}. */
  public static final double SEMANTIC = 2.732;

  /** Weight of {@link ShortPairFeatures#lexical()}. */
  public static final double LEXICAL = 0.057;

  /** Weight of {@link ShortPairFeatures#edit()}. */
  public static final double EDIT = 1.897;

  /** Weight of {@link ShortPairFeatures#coverage()}. */
  public static final double COVERAGE = 1.130;

  /** Weight of {@link ShortPairFeatures#bigrams()}. */
  public static final double BIGRAMS = -0.884;

  /** Weight of {@link ShortPairFeatures#lengthRatio()}. */
  public static final double LENGTH_RATIO = 1.105;

  /** Weight of {@link ShortPairFeatures#numberMismatch()}. */
  public static final double NUMBER_MISMATCH = -0.468;

  /** Weight of {@link ShortPairFeatures#nameMismatch()}. */
  public static final double NAME_MISMATCH = 0.276;

  /** Weight of {@link ShortPairFeatures#extraMax()}. */
  public static final double EXTRA_MAX = -0.323;

  /** Weight of {@link ShortPairFeatures#extraMin()}. */
  public static final double EXTRA_MIN = -0.616;

  /** Weight of {@link ShortPairFeatures#lengthGap()}. */
  public static final double LENGTH_GAP = -1.526;

  /** Weight of {@link ShortPairFeatures#negationMismatch()}. */
  public static final double NEGATION_MISMATCH = -0.877;

  /** Weight of {@link ShortPairFeatures#charTrigrams()}. */
  public static final double CHAR_TRIGRAMS = 1.606;

  /** Weight of {@link ShortPairFeatures#unmatchedRun()}. */
  public static final double UNMATCHED_RUN = -1.618;

  /** The probability from which two texts are judged equivalent. */
  public static final double THRESHOLD = 0.5;

  private static final double[] WEIGHTS = {
    SEMANTIC,
    LEXICAL,
    EDIT,
    COVERAGE,
    BIGRAMS,
    LENGTH_RATIO,
    NUMBER_MISMATCH,
    NAME_MISMATCH,
    EXTRA_MAX,
    EXTRA_MIN,
    LENGTH_GAP,
    NEGATION_MISMATCH,
    CHAR_TRIGRAMS,
    UNMATCHED_RUN
  };

  /** The weights in the order of {@link ShortPairFeatures#vector()}. */
  public static double[] weights() {
    return WEIGHTS.clone();
  }

  /** The probability, in (0, 1), that the two texts behind {@code features} are equivalent. */
  public double probability(ShortPairFeatures features) {
    Objects.requireNonNull(features, "features");
    double[] x = features.vector();
    double z = BIAS;
    for (int i = 0; i < x.length; i++) {
      z += WEIGHTS[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the two texts behind {@code features} state the same content. */
  public boolean equivalent(ShortPairFeatures features) {
    return probability(features) >= THRESHOLD;
  }
}
