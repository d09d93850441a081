package dev.crosscheck.cluster;

import dev.crosscheck.similarity.CrossEncoderModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import net.openhft.hashing.LongHashFunction;

/**
 * The probability that two articles report one event, read by the story cross-encoder: MiniLM
 * fine-tuned on pairs of title-and-lead texts ({@link EmbeddingSignal#input}) from allsides-train's
 * gold stories (siblings against each article's two non-siblings of highest lexical score within
 * the band {@link LinkScorer#withStoryModel()} reads it on: the pairs it is asked about), shipped
 * as an int8 delta ({@link #DELTA_RESOURCE}) over the quantized MiniLM, as the paraphrase
 * cross-encoder is. Symmetric (the mean logit of both orders). A pair is read once: its probability
 * is kept (up to {@link #CACHE_SIZE} pairs, least recently used dropped) because a neighbourhood's
 * pairs are scored again each time it is cut. An article without words matches nothing.
 * Thread-safe.
 */
public final class StoryModelSignal implements PairSignal {
  /** The class-path resource of the story model's delta. */
  public static final String DELTA_RESOURCE = "dev/crosscheck/cluster/story-cross-encoder.bin";

  /** Pair probabilities kept: about 100 bytes each (boxed key and value, map entry). */
  public static final int CACHE_SIZE = 200_000;

  private static final LongHashFunction HASH = LongHashFunction.xx3();

  private final CrossEncoderModel model;
  private final String modelId;
  private final Map<Long, Double> cache;
  private final AtomicLong pairsScored = new AtomicLong();

  /**
   * The shipped story model (loaded here: about a second).
   *
   * @throws IllegalStateException when the delta is not on the class path
   */
  public StoryModelSignal() {
    byte[] delta = CrossEncoderModel.resource(DELTA_RESOURCE);
    CRC32 crc = new CRC32();
    crc.update(delta);
    this.model = CrossEncoderModel.fromDelta(delta);
    this.modelId = String.format(Locale.ROOT, "%08x", crc.getValue());
    this.cache =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Double> eldest) {
            return size() > CACHE_SIZE;
          }
        };
  }

  @Override
  public double similarity(ArticleFeatures a, ArticleFeatures b) {
    String x = EmbeddingSignal.input(a.article());
    String y = EmbeddingSignal.input(b.article());
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    // One key for both orders: the texts in a fixed order, 64 bits of hash (a collision among
    // 200,000 pairs has odds of about 1 in 10^9).
    String first = x.compareTo(y) <= 0 ? x : y;
    String second = first == x ? y : x;
    long key = HASH.hashChars(first + '\u0000' + second);
    synchronized (cache) {
      Double known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    double probability = 1 / (1 + Math.exp(-model.logit(first, second)));
    pairsScored.incrementAndGet();
    synchronized (cache) {
      cache.put(key, probability);
    }
    return probability;
  }

  /**
   * The CRC-32 of the shipped delta, in hex: links scored with one model are not those of another
   * (a store's saved links name it).
   */
  public String modelId() {
    return modelId;
  }

  /** Pairs read by the model so far (two threads may both read one pair). */
  public long pairsScored() {
    return pairsScored.get();
  }
}
