package dev.crosscheck.similarity;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A MiniLM cross-encoder fine-tuned for one pair task (the shipped one tells paraphrases apart; the
 * story model of {@code cluster.StoryModelSignal} tells reports of one event), run by ONNX Runtime:
 * the shipped quantized MiniLM graph patched in memory with the tuned int8 weights of a {@link
 * CrossEncoderDelta}, reading {@code [CLS] a [SEP] b [SEP]} (token types 0 then 1, the longer side
 * cut first beyond the model's piece cap, {@link #MAX_PIECES} unless made with another),
 * mean-pooling the last hidden state and applying a linear head. Its logit is the mean over both
 * orders of the pair, so it is symmetric. Thread-safe.
 */
public final class CrossEncoderModel implements PairScorer {
  /** The class-path resource of the shipped delta. */
  public static final String DELTA_RESOURCE = "dev/crosscheck/similarity/cross-encoder.bin";

  /**
   * The piece cap of an encoded pair, [CLS] and [SEP]s included, as in training: the shipped
   * model's, and any delta's unless another cap is named.
   */
  public static final int MAX_PIECES = 128;

  /**
   * Characters kept of each text before tokenizing: far more than {@link #MAX_PIECES} pieces of any
   * real text, so the cut changes nothing but bounds the tokenizer's work on huge inputs.
   */
  public static final int MAX_CHARS = 20_000;

  private static volatile CrossEncoderModel shipped;

  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final float bias;
  private final float[] weights;
  private final AtomicLong pairsScored = new AtomicLong();

  private CrossEncoderModel(byte[] model, float bias, float[] weights, int maxPieces) {
    if (maxPieces < 4) {
      throw new IllegalArgumentException("maxPieces (" + maxPieces + ") must be >= 4");
    }
    this.tokenizer = MiniLmModel.tokenizer(maxPieces);
    this.environment = MiniLmModel.environment();
    this.session = MiniLmModel.session(environment, model);
    this.bias = bias;
    this.weights = weights;
  }

  /**
   * The shipped model: the class path's quantized MiniLM patched with {@link #DELTA_RESOURCE},
   * loaded once on first use.
   *
   * @throws IllegalStateException when a resource is missing or does not fit the other
   */
  public static CrossEncoderModel shipped() {
    CrossEncoderModel model = shipped;
    if (model == null) {
      synchronized (CrossEncoderModel.class) {
        model = shipped;
        if (model == null) {
          model = fromResource(DELTA_RESOURCE);
          shipped = model;
        }
      }
    }
    return model;
  }

  /**
   * A model from {@code delta} applied to the class path's quantized MiniLM.
   *
   * @throws IllegalArgumentException when the delta was not made from that model
   */
  public static CrossEncoderModel of(CrossEncoderDelta delta) {
    return of(delta, MAX_PIECES);
  }

  /**
   * A model from {@code delta} reading pairs of up to {@code maxPieces} word pieces (the cap it was
   * trained with).
   *
   * @throws IllegalArgumentException when the delta was not made from the base model, or the cap is
   *     below 4
   */
  public static CrossEncoderModel of(CrossEncoderDelta delta, int maxPieces) {
    byte[] model = MiniLmModel.modelBytes();
    delta.applyTo(model);
    return new CrossEncoderModel(model, delta.bias(), delta.weights(), maxPieces);
  }

  /**
   * A model from the delta held by the class-path resource {@code resource} (another fine-tuned
   * head and weights over the same base model), loaded on each call.
   *
   * @throws IllegalStateException when the resource is missing
   * @throws IllegalArgumentException when its delta was not made from the base model
   */
  public static CrossEncoderModel fromResource(String resource) {
    return fromDelta(resource(resource));
  }

  /**
   * A model from a delta's bytes (as {@link CrossEncoderDelta#read} reads them).
   *
   * @throws IllegalArgumentException when they are not a delta made from the base model
   */
  public static CrossEncoderModel fromDelta(byte[] delta) {
    return fromDelta(delta, MAX_PIECES);
  }

  /**
   * A model from a delta's bytes reading pairs of up to {@code maxPieces} word pieces.
   *
   * @throws IllegalArgumentException when they are not a delta made from the base model, or the cap
   *     is below 4
   */
  public static CrossEncoderModel fromDelta(byte[] delta, int maxPieces) {
    try {
      return of(CrossEncoderDelta.read(new ByteArrayInputStream(delta)), maxPieces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of the class-path resource {@code resource}.
   *
   * @throws IllegalStateException when the resource is missing
   */
  public static byte[] resource(String resource) {
    return MiniLmModel.resourceBytes(resource);
  }

  /**
   * The log-odds that {@code a} and {@code b} state the same content: the mean of the logits of
   * both orders.
   *
   * @throws IllegalArgumentException when a text is null
   */
  @Override
  public double logit(String a, String b) {
    double[] both = logits(cut(a, "a"), cut(b, "b"), true);
    pairsScored.incrementAndGet();
    return (both[0] + both[1]) / 2;
  }

  /**
   * The logit of the pair in this order only, {@code [CLS] first [SEP] second [SEP]}, as the model
   * was trained (not symmetric; for measuring what {@link #logit} gains).
   *
   * @throws IllegalArgumentException when a text is null
   */
  public double logitInOrder(String first, String second) {
    double logit = logits(cut(first, "first"), cut(second, "second"), false)[0];
    pairsScored.incrementAndGet();
    return logit;
  }

  /** The pairs scored so far (one per call of {@link #logit} or {@link #logitInOrder}). */
  public long pairsScored() {
    return pairsScored.get();
  }

  private static String cut(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  /** One row per order: (a, b), and (b, a) when {@code both}; equal lengths, so no padding. */
  private double[] logits(String a, String b, boolean both) {
    Encoding ab = tokenizer.encode(a, b);
    Encoding[] rows = both ? new Encoding[] {ab, tokenizer.encode(b, a)} : new Encoding[] {ab};
    int length = ab.getIds().length;
    for (Encoding row : rows) {
      length = Math.max(length, row.getIds().length);
    }
    long[][] ids = new long[rows.length][length];
    long[][] types = new long[rows.length][length];
    long[][] mask = new long[rows.length][length];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r].getIds(), 0, ids[r], 0, rows[r].getIds().length);
      System.arraycopy(rows[r].getTypeIds(), 0, types[r], 0, rows[r].getTypeIds().length);
      System.arraycopy(
          rows[r].getAttentionMask(), 0, mask[r], 0, rows[r].getAttentionMask().length);
    }
    float[][][] hidden = MiniLmModel.hiddenStates(environment, session, ids, mask, types);
    double[] logits = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      logits[r] = head(hidden[r], mask[r]);
    }
    return logits;
  }

  /** The head over the mean of the hidden states under the mask. */
  private double head(float[][] hidden, long[] mask) {
    double[] mean = new double[weights.length];
    int count = 0;
    for (int t = 0; t < hidden.length; t++) {
      if (mask[t] != 0) {
        count++;
        for (int d = 0; d < mean.length; d++) {
          mean[d] += hidden[t][d];
        }
      }
    }
    double logit = bias;
    for (int d = 0; d < mean.length; d++) {
      logit += weights[d] * mean[d] / Math.max(1, count);
    }
    return logit;
  }
}
