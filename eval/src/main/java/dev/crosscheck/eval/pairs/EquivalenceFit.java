package dev.crosscheck.eval.pairs;

import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.EquivalenceJudge;
import dev.crosscheck.similarity.ShortPairFeatures;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Fits and cross-validates {@link EquivalenceJudge}'s logistic regression on a binary pair set:
 * every pair's {@link ShortPairFeatures} (pairs in parallel), then {@link LogisticFitter} with
 * {@link #L2}. This is how the judge's weights were obtained (on MSRP train), and how their
 * held-out accuracy is measured.
 *
 * <p>With {@link CrossEncoderLogits}, the cross-encoder feature is each pair's out-of-fold logit
 * from the file instead of the comparer's scorer (which is then not run): the shipped cross-encoder
 * was trained on MSRP train, so its own logits there are in-sample and would teach the judge to
 * trust it more than it deserves on unseen pairs.
 */
public final class EquivalenceFit {
  /** The L2 penalty the judge's weights were fitted with. */
  public static final double L2 = 1e-3;

  private final ArticleComparer comparer;
  private final CrossEncoderLogits logits;
  private final LogisticFitter fitter = new LogisticFitter(L2);

  /** A fit on the features as {@code comparer} computes them, its scorer's logits included. */
  public EquivalenceFit(ArticleComparer comparer) {
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.logits = null;
  }

  /**
   * A fit on the features as {@code comparer}'s embedder computes them, the cross-encoder feature
   * from {@code logits}.
   */
  public EquivalenceFit(ArticleComparer comparer, CrossEncoderLogits logits) {
    this.comparer = new ArticleComparer(Objects.requireNonNull(comparer, "comparer").embedder());
    this.logits = Objects.requireNonNull(logits, "logits");
  }

  /**
   * The held-out accuracy and F1 of {@link LogisticFitter#DEFAULT_FOLDS}-fold cross-validation on
   * {@code set} (folds dealt with {@link LogisticFitter#DEFAULT_SEED}). When the logits file covers
   * only some of the folds, the cross-validation runs on those folds' pairs only: each covered fold
   * is predicted by a judge fitted on the other covered folds ({@link
   * LogisticFitter.CrossValidation#folds()} tells how many).
   *
   * @throws IllegalArgumentException if the set's gold is not binary, it has too few pairs, or the
   *     logits file does not fit the set ({@link CrossEncoderLogits#align})
   */
  public LogisticFitter.CrossValidation crossValidate(PairSet set) {
    checkBinary(set);
    if (logits == null) {
      return fitter.crossValidate(
          features(set, null),
          labels(set),
          LogisticFitter.DEFAULT_FOLDS,
          LogisticFitter.DEFAULT_SEED);
    }
    CrossEncoderLogits.Aligned aligned = logits.align(set);
    double[][] x = features(set, aligned.logits());
    boolean[] y = labels(set);
    int[] fold = aligned.fold();
    int[] rows =
        IntStream.range(0, x.length).filter(n -> aligned.covered().contains(fold[n])).toArray();
    double[][] coveredX = new double[rows.length][];
    boolean[] coveredY = new boolean[rows.length];
    int[] coveredFold = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      coveredX[i] = x[rows[i]];
      coveredY[i] = y[rows[i]];
      coveredFold[i] = fold[rows[i]];
    }
    return fitter.crossValidate(coveredX, coveredY, coveredFold);
  }

  /**
   * The model fitted on all of {@code set}.
   *
   * @throws IllegalArgumentException if the set's gold is not binary, it is empty, or the logits
   *     file does not fit the set or lacks some of its folds
   */
  public LogisticFitter.Model fit(PairSet set) {
    checkBinary(set);
    double[] stacked = null;
    if (logits != null) {
      CrossEncoderLogits.Aligned aligned = logits.align(set);
      if (!aligned.complete()) {
        throw new IllegalArgumentException(
            logits.name()
                + " has logits for folds "
                + aligned.covered()
                + " of "
                + LogisticFitter.DEFAULT_FOLDS
                + " only; fitting the judge on set "
                + set.name()
                + " needs a logit for every pair");
      }
      stacked = aligned.logits();
    }
    return fitter.fit(features(set, stacked), labels(set));
  }

  /**
   * The judge fitted on all of {@code set}: what {@code equivalence-judge.tsv} holds when {@code
   * set} is MSRP train.
   *
   * @throws IllegalArgumentException as {@link #fit} does
   */
  public EquivalenceJudge judge(PairSet set) {
    LogisticFitter.Model model = fit(set);
    return new EquivalenceJudge(model.bias(), model.weights());
  }

  /** Whether the cross-encoder feature comes from a logits file rather than the comparer. */
  public boolean stacked() {
    return logits != null;
  }

  /** Every pair's features; the cross-encoder's from {@code stacked} (by pair) when not null. */
  private double[][] features(PairSet set, double[] stacked) {
    List<LabeledPair> pairs = set.pairs();
    return IntStream.range(0, pairs.size())
        .parallel()
        .mapToObj(
            n -> {
              LabeledPair p = pairs.get(n);
              ShortPairFeatures f =
                  comparer.shortFeatures(comparer.profile(p.a()), comparer.profile(p.b()));
              return stacked == null ? f : f.withCrossEncoder(stacked[n]);
            })
        .map(ShortPairFeatures::vector)
        .toArray(double[][]::new);
  }

  private static boolean[] labels(PairSet set) {
    boolean[] labels = new boolean[set.pairs().size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = set.pairs().get(i).gold() >= 0.5;
    }
    return labels;
  }

  private static void checkBinary(PairSet set) {
    Objects.requireNonNull(set, "set");
    if (set.scale() != GoldScale.BINARY) {
      throw new IllegalArgumentException(
          "set " + set.name() + " has " + set.scale() + " gold; it must be BINARY");
    }
  }
}
