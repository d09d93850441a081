package dev.crosscheck.eval.pairs;

import dev.crosscheck.similarity.ArticleComparer;
import dev.crosscheck.similarity.EquivalenceJudge;
import dev.crosscheck.similarity.ShortPairFeatures;
import java.util.List;
import java.util.Objects;

/**
 * Fits and cross-validates {@link EquivalenceJudge}'s logistic regression on a binary pair set:
 * every pair's {@link ShortPairFeatures} (pairs in parallel), then {@link LogisticFitter} with
 * {@link #L2}. This is how the judge's weights were obtained (on MSRP train), and how their
 * held-out accuracy is measured.
 */
public final class EquivalenceFit {
  /** The L2 penalty the judge's weights were fitted with. */
  public static final double L2 = 1e-3;

  private final ArticleComparer comparer;
  private final LogisticFitter fitter = new LogisticFitter(L2);

  public EquivalenceFit(ArticleComparer comparer) {
    this.comparer = Objects.requireNonNull(comparer, "comparer");
  }

  /**
   * The held-out accuracy and F1 of {@link LogisticFitter#DEFAULT_FOLDS}-fold cross-validation on
   * {@code set}.
   *
   * @throws IllegalArgumentException if the set's gold is not binary or it has too few pairs
   */
  public LogisticFitter.CrossValidation crossValidate(PairSet set) {
    checkBinary(set);
    return fitter.crossValidate(
        features(set), labels(set), LogisticFitter.DEFAULT_FOLDS, LogisticFitter.DEFAULT_SEED);
  }

  /**
   * The model fitted on all of {@code set}.
   *
   * @throws IllegalArgumentException if the set's gold is not binary or it is empty
   */
  public LogisticFitter.Model fit(PairSet set) {
    checkBinary(set);
    return fitter.fit(features(set), labels(set));
  }

  /**
   * The judge fitted on all of {@code set}: what {@code equivalence-judge.tsv} holds when {@code
   * set} is MSRP train.
   *
   * @throws IllegalArgumentException if the set's gold is not binary or it is empty
   */
  public EquivalenceJudge judge(PairSet set) {
    LogisticFitter.Model model = fit(set);
    return new EquivalenceJudge(model.bias(), model.weights());
  }

  private double[][] features(PairSet set) {
    List<double[]> rows =
        set.pairs().parallelStream()
            .map(p -> comparer.shortFeatures(comparer.profile(p.a()), comparer.profile(p.b())))
            .map(ShortPairFeatures::vector)
            .toList();
    return rows.toArray(double[][]::new);
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
