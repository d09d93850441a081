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
}
