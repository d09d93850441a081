package dev.crosscheck.cluster;

import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.fingerprint.MinHasher;
import dev.crosscheck.fingerprint.Shingler;
import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Turns an article into its {@link ArticleFeatures}: the {@link TermExtractor} terms weighted by
 * {@link BackgroundFrequencies}, the index keys and the MinHash signature. Thread-safe.
 */
public final class FeatureExtractor {
  /** Heaviest body terms kept: enough to name an event, bounded memory per article. */
  public static final int DEFAULT_BODY_TERMS = 64;

  /** Headline and lead words used as index keys (the heaviest ones). */
  public static final int DEFAULT_HEADLINE_KEYS = 8;

  /** Body words used as index keys (the heaviest by tf-idf): long reports meet through these. */
  public static final int DEFAULT_BODY_KEYS = 8;

  /** Entities used as index keys at most (the first ones of the text). */
  public static final int DEFAULT_ENTITY_KEYS = 16;

  /**
   * Least idf of an index key: words and names in more than about one article in 20 of the
   * background ("trump", "said") would make huge posting lists and find nothing specific.
   */
  public static final double DEFAULT_MIN_KEY_IDF = 3.5;

  /** MinHash values per signature (with {@link #LSH_BANDS} bands of 2 rows). */
  public static final int SIGNATURE_LENGTH = 16;

  /** LSH bands: 8 bands of 2 rows make pairs above Jaccard about 0.35 likely candidates. */
  public static final int LSH_BANDS = 8;

  private final TermExtractor termExtractor;
  private final BackgroundFrequencies background;
  private final Shingler shingler = new Shingler();
  private final MinHasher minHasher = new MinHasher(SIGNATURE_LENGTH);

  /** Uses the bundled background table; {@code today} bounds plausible dates. */
  public FeatureExtractor(LocalDate today) {
    this(new TermExtractor(today), BackgroundFrequencies.bundled());
  }

  public FeatureExtractor(TermExtractor termExtractor, BackgroundFrequencies background) {
    this.termExtractor = Objects.requireNonNull(termExtractor, "termExtractor");
    this.background = Objects.requireNonNull(background, "background");
  }

  /** The features of {@code article}. */
  public ArticleFeatures extract(Article article) {
    ArticleTerms terms = termExtractor.extract(article);
    // Each weight is looked up once: sorting by weight would otherwise look it up per comparison
    // (and build the entity's table key each time).
    Map<String, Double> idf = new HashMap<>();
    terms.headline().keySet().forEach(t -> idf.computeIfAbsent(t, background::idf));
    terms.body().keySet().forEach(t -> idf.computeIfAbsent(t, background::idf));
    Map<String, Double> entityIdf = new HashMap<>();
    terms.entities().forEach(e -> entityIdf.put(e, background.entityIdf(e)));
    ToDoubleFunction<String> wordWeight = idf::get;
    ToDoubleFunction<String> entityWeight = entityIdf::get;
    SparseVector headline = SparseVector.of(terms.headline(), wordWeight, Integer.MAX_VALUE);
    SparseVector body = SparseVector.of(terms.body(), wordWeight, DEFAULT_BODY_TERMS);
    Map<String, Integer> entityCounts = new HashMap<>();
    terms.entities().forEach(e -> entityCounts.put(e, 1));
    SparseVector entities = SparseVector.of(entityCounts, entityWeight, Integer.MAX_VALUE);
    List<String> names =
        terms.entities().stream()
            .sorted(
                Comparator.comparingDouble((String e) -> -entityWeight.applyAsDouble(e))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    MinHashSignature signature = minHasher.sign(shingler.shingle(terms.tokens()));
    return new ArticleFeatures(
        article,
        headline,
        body,
        entities,
        names,
        keys(terms, wordWeight, entityWeight),
        signature,
        terms.date());
  }

  /** Salient headline and body words and specific entities, hashed, sorted, distinct. */
  private static long[] keys(
      ArticleTerms terms, ToDoubleFunction<String> idf, ToDoubleFunction<String> entityIdf) {
    long[] keys =
        terms.headline().keySet().stream()
            .filter(t -> idf.applyAsDouble(t) >= DEFAULT_MIN_KEY_IDF)
            .sorted(
                Comparator.comparingDouble((String t) -> -idf.applyAsDouble(t))
                    .thenComparing(Comparator.naturalOrder()))
            .limit(DEFAULT_HEADLINE_KEYS)
            .mapToLong(SparseVector::hash)
            .toArray();
    long[] entityKeys =
        terms.entities().stream()
            .filter(e -> entityIdf.applyAsDouble(e) >= DEFAULT_MIN_KEY_IDF)
            // The most specific entities, in an order of their own: the set's order changes from
            // one process to the next, and the keys must not.
            .sorted(
                Comparator.comparingDouble((String e) -> -entityIdf.applyAsDouble(e))
                    .thenComparing(Comparator.naturalOrder()))
            .limit(DEFAULT_ENTITY_KEYS)
            .mapToLong(e -> SparseVector.hash(BackgroundFrequencies.ENTITY_PREFIX + e))
            .toArray();
    long[] bodyKeys =
        terms.body().entrySet().stream()
            .filter(e -> idf.applyAsDouble(e.getKey()) >= DEFAULT_MIN_KEY_IDF)
            .sorted(
                Comparator.comparingDouble(
                        (Map.Entry<String, Integer> e) ->
                            -(1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey()))
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(DEFAULT_BODY_KEYS)
            .mapToLong(e -> SparseVector.hash(e.getKey()))
            .toArray();
    long[] all = new long[keys.length + entityKeys.length + bodyKeys.length];
    System.arraycopy(keys, 0, all, 0, keys.length);
    System.arraycopy(entityKeys, 0, all, keys.length, entityKeys.length);
    System.arraycopy(bodyKeys, 0, all, keys.length + entityKeys.length, bodyKeys.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }
}
