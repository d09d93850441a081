package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Embedder;
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
 * so a vector does not depend on the thread or the batch. Embeddings are computed only when asked
 * for, which {@link LinkScorer} does only for pairs whose lexical score is ambiguous, and kept in
 * the embedder's cache (the one cache: least recently used out); {@link #computed()} counts the
 * requests of this signal that the cache did not answer. Thread-safe.
 */
public final class EmbeddingSignal implements PairSignal {
  /**
   * The cosine that maps to 0. Fitted with {@link LinkScorer}'s band and weight on allsides-train
   * dealt into 8 parts of the held-out sets' size ({@code eval stories --parts 8 --embeddings}):
   * 0.35 beat 0.5 there (mean B-cubed F1 0.884 against 0.869, words alone 0.865), and held out
   * (allsides-val 0.848 -> 0.864, newswcl50 0.971 -> 0.984), while on the whole, eight times denser
   * train set 0.5 is better (0.789 against 0.776): a lower floor trades precision for recall.
   */
  public static final double DEFAULT_FLOOR = 0.35;

  private final Embedder embedder;
  private final double floor;
  private final AtomicLong computed = new AtomicLong();

  /** A signal over the process-wide embedder (and its cache) with the default floor. */
  public EmbeddingSignal() {
    this(Embedder.shared(), DEFAULT_FLOOR);
  }

  /**
   * @param embedder the embedder, whose cache keeps the vectors (its model loads on first use;
   *     without one every similarity is 0)
   * @param floor the cosine mapped to 0, in [0, 1)
   */
  public EmbeddingSignal(Embedder embedder, double floor) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    if (!(floor >= 0 && floor < 1)) {
      throw new IllegalArgumentException("floor (" + floor + ") must be in [0, 1)");
    }
    this.floor = floor;
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
    return input(article, ArticleFeatures.STORED_TEXT_CHARS);
  }

  /** The title and the text up to {@code limit} characters, cut and collapsed as {@link #input}. */
  public static String input(Article article, int limit) {
    String text = article.text();
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

  /** The unit embedding of {@link #input(Article)}, from the embedder's cache when there. */
  float[] embedding(Article article) {
    String text = input(article);
    float[] cached = embedder.cached(text);
    if (cached != null) {
      return cached;
    }
    float[] vector = embedder.embed(text);
    if (!text.isEmpty() && embedder.available()) {
      computed.incrementAndGet();
    }
    return vector;
  }

  /**
   * How many embeddings this signal asked for that the embedder's cache did not hold (two threads
   * may both miss; a text another user of the embedder cached first is not counted).
   */
  public long computed() {
    return computed.get();
  }
}
