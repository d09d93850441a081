package dev.crosscheck.cluster;

import java.util.Arrays;

/**
 * The weight of each index key in its own article, for the key overlap of two articles: the sum,
 * over the keys they share, of the products of their weights. A key's weight is its highest weight
 * in the article's unit vectors (headline, body, entities), in [0, 1], so the overlap is a lower
 * bound on the cosine those shared words carry: a common word that an article merely mentions
 * weighs little, a name it is about weighs much. Weights are integers in units of 1/{@link #SCALE},
 * so that an overlap is an exact integer sum whatever the order of its terms (the Spark job adds
 * them in another order than the clusterer). Stateless and thread-safe.
 */
public final class KeyWeights {
  /** Weight units per 1.0: products of two weights are in units of 1/SCALE². */
  public static final int SCALE = 1000;

  private KeyWeights() {}

  /** The weights of {@code features.keys()}, aligned with them, each in [0, {@link #SCALE}]. */
  public static int[] of(ArticleFeatures features) {
    long[] keys = features.keys();
    // Entity keys hash the prefixed name, the entity vector the bare one.
    long[] entityKeys = new long[features.entityNames().size()];
    long[] entityTerms = new long[entityKeys.length];
    for (int i = 0; i < entityKeys.length; i++) {
      String name = features.entityNames().get(i);
      entityKeys[i] = SparseVector.hash(BackgroundFrequencies.ENTITY_PREFIX + name);
      entityTerms[i] = SparseVector.hash(name);
    }
    int[] weights = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      double w = Math.max(weight(features.headline(), keys[k]), weight(features.body(), keys[k]));
      for (int i = 0; i < entityKeys.length; i++) {
        if (entityKeys[i] == keys[k]) {
          w = Math.max(w, weight(features.entities(), entityTerms[i]));
        }
      }
      weights[k] = (int) Math.round(Math.min(1, w) * SCALE);
    }
    return weights;
  }

  /** An overlap given as a real in [0, 1], in units of 1/SCALE² (rounded). */
  public static long units(double overlap) {
    return Math.round(overlap * SCALE * SCALE);
  }

  private static double weight(SparseVector vector, long term) {
    int i = Arrays.binarySearch(vector.keys(), term);
    return i >= 0 ? vector.weights()[i] : 0;
  }
}
