package dev.crosscheck.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded split of a set into a training part and a held-out part that training never sees.
 *
 * @param train the pairs to train on, shuffled
 * @param heldOut the pairs to measure on, shuffled
 */
public record HeldOutSplit(List<SentencePair> train, List<SentencePair> heldOut) {
  /** The held-out share of the set. */
  public static final double DEFAULT_FRACTION = 0.2;

  /** The shuffle's seed. */
  public static final long DEFAULT_SEED = 20261121L;

  /**
   * The fold shuffle's seed: {@code dev.crosscheck.eval.pairs.LogisticFitter.DEFAULT_SEED}, so that
   * {@link #fold} deals the same folds as {@code crosscheck eval pairs --cv} (a test checks both).
   */
  public static final long DEFAULT_FOLD_SEED = 20_260_421L;

  public HeldOutSplit {
    train = List.copyOf(train);
    heldOut = List.copyOf(heldOut);
  }

  /**
   * Shuffles {@code pairs} with {@code seed} and holds out the first {@code fraction} of them.
   *
   * @throws IllegalArgumentException when fraction is not in (0, 1)
   */
  public static HeldOutSplit of(List<SentencePair> pairs, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("fraction (" + fraction + ") must be in (0, 1)");
    }
    List<SentencePair> shuffled = new ArrayList<>(pairs);
    Collections.shuffle(shuffled, new Random(seed));
    int held = (int) Math.round(shuffled.size() * fraction);
    return new HeldOutSplit(shuffled.subList(held, shuffled.size()), shuffled.subList(0, held));
  }

  /**
   * Fold {@code fold} of {@code folds}-fold cross-validation: the pairs dealt into that fold are
   * held out, the others train, both in file order. The deal is the equivalence judge's ({@code
   * LogisticFitter.crossValidate}): the row numbers shuffled with {@code new Random(seed)}, the
   * i-th shuffled row going to fold {@code i % folds}.
   *
   * @throws IllegalArgumentException when folds is not in [2, pairs] or fold not in [0, folds)
   */
  public static HeldOutSplit fold(List<SentencePair> pairs, int folds, int fold, long seed) {
    if (fold < 0 || fold >= folds) {
      throw new IllegalArgumentException("fold (" + fold + ") must be in [0, " + folds + ")");
    }
    int[] deal = deal(pairs.size(), folds, seed);
    List<SentencePair> train = new ArrayList<>();
    List<SentencePair> heldOut = new ArrayList<>();
    for (int n = 0; n < deal.length; n++) {
      (deal[n] == fold ? heldOut : train).add(pairs.get(n));
    }
    return new HeldOutSplit(train, heldOut);
  }

  /**
   * The fold of each of {@code rows} rows under the judge's cross-validation deal (see {@link
   * #fold}).
   *
   * @throws IllegalArgumentException when folds is not in [2, rows]
   */
  public static int[] deal(int rows, int folds, long seed) {
    if (folds < 2 || folds > rows) {
      throw new IllegalArgumentException(
          "folds (" + folds + ") must be in [2, " + rows + "] (the number of rows)");
    }
    List<Integer> order = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[rows];
    for (int i = 0; i < rows; i++) {
      fold[order.get(i)] = i % folds;
    }
    return fold;
  }
}
