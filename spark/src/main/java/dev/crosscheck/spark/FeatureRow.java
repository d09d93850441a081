package dev.crosscheck.spark;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.SparseVector;
import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.model.Article;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An article's clustering features in a form Spark can ship: the weighted vectors, names, index
 * keys and LSH band keys of {@link ArticleFeatures}, without the article itself.
 *
 * @param signature the MinHash values (the per-component clusterer indexes them again)
 * @param bandKeys the MinHash band keys, one per band, empty when the text gave no shingles
 * @param epochDay the plausible publication day, or {@link #NO_DAY}
 */
record FeatureRow(
    String id,
    long[] headlineKeys,
    float[] headlineWeights,
    long[] bodyKeys,
    float[] bodyWeights,
    long[] entityKeys,
    float[] entityWeights,
    List<String> entityNames,
    long[] keys,
    long[] signature,
    int[] bandKeys,
    long epochDay)
    implements Serializable {
  /** The day of an undated article. */
  static final long NO_DAY = Long.MIN_VALUE;

  static FeatureRow of(ArticleFeatures f, int[] bandKeys) {
    return new FeatureRow(
        f.id(),
        f.headline().keys(),
        f.headline().weights(),
        f.body().keys(),
        f.body().weights(),
        f.entities().keys(),
        f.entities().weights(),
        List.copyOf(f.entityNames()),
        f.keys(),
        f.signature().values(),
        bandKeys,
        f.date() == null ? NO_DAY : f.date().toEpochDay());
  }

  LocalDate date() {
    return epochDay == NO_DAY ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** The features again, for {@code article}, with the signature (to be indexed again). */
  ArticleFeatures features(Article article) {
    return withArticle(article, new MinHashSignature(signature));
  }

  private ArticleFeatures withArticle(Article article, MinHashSignature signature) {
    return new ArticleFeatures(
        article,
        new SparseVector(headlineKeys, headlineWeights),
        new SparseVector(bodyKeys, bodyWeights),
        new SparseVector(entityKeys, entityWeights),
        entityNames,
        keys,
        signature,
        date());
  }

  /** The features for scoring only: the article is a stand-in holding the id. */
  ArticleFeatures features() {
    return withArticle(
        new Article(id, id, null, null, null, null, null, null, ""), MinHashSignature.EMPTY);
  }
}
