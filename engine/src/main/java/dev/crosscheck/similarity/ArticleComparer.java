package dev.crosscheck.similarity;

import dev.crosscheck.model.Article;
import dev.crosscheck.text.TextAnalyzer;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two extracted articles end to end: sentences and tokens, profiles, then {@link
 * PairComparer} with embeddings (no corpus statistics: a flat idf) and, on short pairs, a
 * cross-encoder ({@link PairScorer}) when one is given. The front door of {@code crosscheck
 * compare} and of the pair evaluations. Thread-safe.
 */
public final class ArticleComparer {
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final Profiler profiler = new Profiler();
  private final Embedder embedder;
  private final PairScorer scorer;
  private final PairComparer comparer;

  /**
   * A comparer using the process-wide {@link Embedder#shared() embedder} and the {@link
   * #shippedScorer() shipped cross-encoder}.
   */
  public ArticleComparer() {
    this(Embedder.shared(), shippedScorer());
  }

  /** A comparer using {@code embedder}, without a cross-encoder. */
  public ArticleComparer(Embedder embedder) {
    this(embedder, null);
  }

  /**
   * A comparer using {@code embedder} and, on short pairs, {@code scorer}.
   *
   * @param scorer the cross-encoder, or null for none ({@link ShortPairFeatures#crossEncoder()} 0)
   */
  public ArticleComparer(Embedder embedder, PairScorer scorer) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.scorer = scorer;
    this.comparer = PairComparer.withEmbeddings(embedder, scorer);
  }

  /**
   * The cross-encoder the default constructor uses: the shipped {@link CrossEncoderModel}, loaded
   * on the first short pair only (a comparer of long articles never loads it).
   */
  static PairScorer shippedScorer() {
    return (a, b) -> CrossEncoderModel.shipped().logit(a, b);
  }

  /** The comparison of {@code a} with {@code b}, the alignment oriented from a to b. */
  public Comparison compare(Article a, Article b) {
    return compare(profile(a), profile(b));
  }

  /** The comparison of two articles already profiled with {@link #profile(Article)}. */
  public Comparison compare(ArticleProfile a, ArticleProfile b) {
    return comparer.compare(a, b);
  }

  /** The evidence on whether two profiled short texts state the same content. */
  public ShortPairFeatures shortFeatures(ArticleProfile a, ArticleProfile b) {
    return comparer.shortFeatures(a, b);
  }

  /** The profile of {@code article} as this comparer builds it. */
  public ArticleProfile profile(Article article) {
    return profiler.profile(analyzer.analyze(article));
  }

  /** The embedder, e.g. to read how many embeddings were computed. */
  public Embedder embedder() {
    return embedder;
  }

  /** How many short pairs the cross-encoder scored (0 without one). */
  public long crossEncoderPairs() {
    return comparer.crossEncoderPairs();
  }

  /** The cross-encoder scoring short pairs, if any. */
  public Optional<PairScorer> scorer() {
    return Optional.ofNullable(scorer);
  }
}
