package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A cross-encoder: a BERT encoder reads both sentences at once ({@code [CLS] a [SEP] b [SEP]}) and
 * a linear head turns the pooled hidden state into one logit of "paraphrase".
 */
public final class CrossEncoder {
  /** The head's name prefix among the parameters. */
  public static final String HEAD = "head.";

  /** The standard deviation of the head's initial weights (BERT's initializer range). */
  public static final double HEAD_INIT_STD = 0.02;

  private final BertEncoder encoder;
  private final NDArray headWeight;
  private final NDArray headBias;
  private final Pooling pooling;

  private CrossEncoder(BertEncoder encoder, NDArray headWeight, NDArray headBias, Pooling pooling) {
    this.encoder = encoder;
    this.headWeight = headWeight;
    this.headBias = headBias;
    this.pooling = pooling;
  }

  /** A new head over {@code encoder}, its weights drawn from {@code seed}, in {@code manager}. */
  public static CrossEncoder start(
      BertEncoder encoder, NDManager manager, Pooling pooling, long seed) {
    Random random = new Random(seed);
    float[] weights = new float[encoder.hidden()];
    for (int d = 0; d < weights.length; d++) {
      weights[d] = (float) (random.nextGaussian() * HEAD_INIT_STD);
    }
    NDArray w = manager.create(weights, new Shape(encoder.hidden(), 1));
    NDArray b = manager.zeros(new Shape(1));
    return new CrossEncoder(encoder, w, b, pooling);
  }

  /** The encoder under the head. */
  public BertEncoder encoder() {
    return encoder;
  }

  /** All parameters: the encoder's and {@code head.weight} [hidden, 1], {@code head.bias} [1]. */
  public Map<String, NDArray> parameters() {
    Map<String, NDArray> all = new LinkedHashMap<>(encoder.parameters());
    all.put(HEAD + "weight", headWeight);
    all.put(HEAD + "bias", headBias);
    return all;
  }

  /** The logits [batch] of a batch, computed in the batch arrays' manager {@code scope}. */
  public NDArray logits(TokenBatch batch, NDManager scope) {
    NDArray mask = batch.maskArray(scope);
    NDArray hidden = encoder.forward(batch.idArray(scope), batch.typeArray(scope), mask);
    return pooling.pool(hidden, mask).matMul(headWeight).add(headBias).reshape(-1);
  }

  /**
   * The paraphrase probability of each pair, batch by batch, without gradients.
   *
   * @throws IllegalArgumentException when batchSize is not positive
   */
  public double[] probabilities(
      List<SentencePair> pairs, PairTokenizer tokenizer, int batchSize, NDManager manager) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be > 0");
    }
    double[] result = new double[pairs.size()];
    for (int start = 0; start < pairs.size(); start += batchSize) {
      List<SentencePair> part = pairs.subList(start, Math.min(pairs.size(), start + batchSize));
      try (NDManager scope = manager.newSubManager()) {
        float[] p =
            logits(batch(tokenizer, part), scope).getNDArrayInternal().sigmoid().toFloatArray();
        for (int i = 0; i < p.length; i++) {
          result[start + i] = p[i];
        }
      }
    }
    return result;
  }

  /** The pairs' word pieces. */
  static TokenBatch batch(PairTokenizer tokenizer, List<SentencePair> pairs) {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (SentencePair pair : pairs) {
      first.add(pair.first());
      second.add(pair.second());
    }
    return tokenizer.pairs(first, second);
  }
}
