package dev.crosscheck.cluster;

/**
 * One measure of how alike two articles are, in [0, 1]. The {@link LinkScorer} adds weighted
 * signals; an extra one (say, the cosine of sentence embeddings) plugs in as another instance.
 * Implementations must be symmetric, deterministic and thread-safe: stories must not depend on
 * which article arrived first or on the thread that scored the pair.
 */
@FunctionalInterface
public interface PairSignal {
  /** The similarity of {@code a} and {@code b}, in [0, 1]. */
  double similarity(ArticleFeatures a, ArticleFeatures b);

  /** A signal with its weight in the sum and a name for tables. */
  record Weighted(String name, double weight, PairSignal signal) {
    public Weighted {
      if (!(weight >= 0)) {
        throw new IllegalArgumentException("weight of " + name + " (" + weight + ") must be >= 0");
      }
    }
  }
}
