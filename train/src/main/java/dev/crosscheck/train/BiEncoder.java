package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * A bi-encoder: a BERT encoder reads each text alone and its hidden states are pooled and scaled to
 * unit length, as the product's sentence embeddings are ({@code Embedder}: mean pooling under the
 * mask, L2 norm). Two texts compare by the cosine of their vectors.
 */
public final class BiEncoder {
  /** Added under the square root of a norm, so a zero vector does not divide by zero. */
  static final float NORM_EPSILON = 1e-12f;

  private final BertEncoder encoder;
  private final Pooling pooling;

  /** A bi-encoder over {@code encoder}, pooling its hidden states with {@code pooling}. */
  public BiEncoder(BertEncoder encoder, Pooling pooling) {
    this.encoder = encoder;
    this.pooling = pooling;
  }

  /** The encoder, whose parameters are the bi-encoder's. */
  public BertEncoder encoder() {
    return encoder;
  }

  /** The unit embeddings [batch, hidden] of a batch of single texts, in the arrays' manager. */
  public NDArray embeddings(TokenBatch batch, NDManager scope) {
    NDArray mask = batch.maskArray(scope);
    NDArray hidden = encoder.forward(batch.idArray(scope), batch.typeArray(scope), mask);
    return unit(pooling.pool(hidden, mask));
  }

  /** The unit embeddings of {@code texts}, without gradients, one row per text. */
  public float[][] embed(List<String> texts, PairTokenizer tokenizer, NDManager manager) {
    float[][] result = new float[texts.size()][];
    if (texts.isEmpty()) {
      return result;
    }
    try (NDManager scope = manager.newSubManager()) {
      float[] flat = embeddings(tokenizer.texts(texts), scope).toFloatArray();
      int width = flat.length / texts.size();
      for (int row = 0; row < result.length; row++) {
        result[row] = java.util.Arrays.copyOfRange(flat, row * width, (row + 1) * width);
      }
    }
    return result;
  }

  /**
   * Rows scaled to unit length; the epsilon is an array of the step's manager (see BertEncoder).
   */
  static NDArray unit(NDArray rows) {
    NDArray epsilon = rows.getManager().create(NORM_EPSILON);
    return rows.div(rows.square().sum(new int[] {1}, true).add(epsilon).sqrt());
  }
}
