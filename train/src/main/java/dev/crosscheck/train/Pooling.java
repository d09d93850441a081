package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** How a row's hidden states become one vector. */
public enum Pooling {
  /** The mean of the hidden states under the mask (how MiniLM's sentence embeddings pool). */
  MEAN,
  /** The first ([CLS]) hidden state. */
  CLS;

  /**
   * Pools {@code hidden} [batch, length, width] under {@code mask} [batch, length] into [batch,
   * width].
   */
  public NDArray pool(NDArray hidden, NDArray mask) {
    if (this == CLS) {
      return hidden.get(":, 0, :");
    }
    NDArray weights = mask.toType(DataType.FLOAT32, false).expandDims(2);
    return hidden.mul(weights).sum(new int[] {1}).div(weights.sum(new int[] {1}).maximum(1e-9f));
  }
}
