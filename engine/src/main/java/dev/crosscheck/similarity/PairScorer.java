package dev.crosscheck.similarity;

/**
 * Reads two short texts together and scores whether they state the same content: a cross-encoder,
 * whose evidence joins {@link ShortPairFeatures} for {@link EquivalenceJudge}. The score is a logit
 * (log-odds, 0 when undecided) and is symmetric: {@code logit(a, b) == logit(b, a)}.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface PairScorer {
  /** The log-odds that {@code a} and {@code b} state the same content. */
  double logit(String a, String b);
}
