package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Embedder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PairSignal} from sentence embeddings: the cosine of the two articles' title-and-lead
 * MiniLM embeddings ({@link Embedder}), rescaled so that {@link #floor()} (what unrelated news
 * items typically reach) maps to 0 and 1 stays 1.
 *
 * <p>The text embedded ({@link #input(Article)}) is a pure function of what a store keeps of an
 * article (its title and the first {@link ArticleFeatures#STORED_TEXT_CHARS} characters of text,
 * see {@link ArticleFeatures#stored()}), so a later process recomputes the same vector from the
 * store: nothing extra is persisted. The embedder runs one text at a time on one intra-op thread,
 * so a vector does not depend on the thread or the batch. Embeddings are cached per input text
 * (least recently used out) and computed only when asked for, which {@link LinkScorer} does only
 * for pairs whose lexical score is ambiguous; {@link #computed()} counts the cache misses.
 * Thread-safe.
 */
public final class EmbeddingSignal implements PairSignal {
  /**
   * The cosine that maps to 0: MiniLM title-and-lead cosines of unrelated news mostly lie below.
   */
  public static final double DEFAULT_FLOOR = 0.5;

  /** Embeddings kept per signal (about 1.6 KB each). */
  public static final int DEFAULT_CACHE_SIZE = 50_000;

  private final Embedder embedder;
  private final double floor;
  private final Map<String, float[]> cache;
  private final AtomicLong computed = new AtomicLong();

  /** A signal over the process-wide embedder with the default floor and cache. */
  public EmbeddingSignal() {
    this(Embedder.shared(), DEFAULT_FLOOR, DEFAULT_CACHE_SIZE);
  }

  /**
   * @param embedder the embedder (its model loads on first use; without one every similarity is 0)
   * @param floor the cosine mapped to 0, in [0, 1)
   * @param cacheSize embeddings cached, >= 0
   */
  public EmbeddingSignal(Embedder embedder, double floor, int cacheSize) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    if (!(floor >= 0 && floor < 1)) {
      throw new IllegalArgumentException("floor (" + floor + ") must be in [0, 1)");
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize (" + cacheSize + ") must be >= 0");
    }
    this.floor = floor;
    this.cache =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
              }
            });
  }

  public double floor() {
    return floor;
  }

  /**
   * The text embedded for {@code article}: its title, then its text up to {@link
   * ArticleFeatures#STORED_TEXT_CHARS} characters, a word cut there dropped (a text of exactly that
   * length may be a cut one, so it is treated alike), white space collapsed. Equal for an article
   * and its {@link ArticleFeatures#stored()} form. At about 80 word pieces it stays under {@link
   * Embedder#MAX_TOKENS}.
   */
  public static String input(Article article) {
    String text = article.text();
    int limit = ArticleFeatures.STORED_TEXT_CHARS;
    String lead = text.length() <= limit ? text : text.substring(0, limit);
    if (text.length() >= limit) {
      int space = lastWhitespace(lead);
      if (space > 0) {
        lead = lead.substring(0, space);
      }
    }
    String title = article.title() == null ? "" : article.title();
    return (title + "\n" + lead).replaceAll("\\s+", " ").strip();
  }

  private static int lastWhitespace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The rescaled cosine of the two articles' embeddings, in [0, 1]; 0 without a model. */
  @Override
  public double similarity(ArticleFeatures a, ArticleFeatures b) {
    double cosine = Embedder.cosine(embedding(a.article()), embedding(b.article()));
    return Math.max(0, Math.min(1, (cosine - floor) / (1 - floor)));
  }

  /** The unit embedding of {@link #input(Article)}, from the cache when there. */
  float[] embedding(Article article) {
    String text = input(article);
    float[] cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    float[] vector = embedder.embed(text);
    computed.incrementAndGet();
    cache.put(text, vector);
    return vector;
  }

  /** How many embeddings this signal computed (cache misses; two threads may both miss). */
  public long computed() {
    return computed.get();
  }
}
