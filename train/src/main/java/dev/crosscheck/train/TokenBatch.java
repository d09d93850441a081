package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Word-piece inputs of a batch, padded with zeros to its longest row.
 *
 * @param ids word-piece ids [batch][length]
 * @param types token type ids (0 first text, 1 second)
 * @param mask 1 for a piece, 0 for padding
 */
public record TokenBatch(long[][] ids, long[][] types, long[][] mask) {
  /** The number of rows. */
  public int size() {
    return ids.length;
  }

  /** The row length (the longest row's piece count). */
  public int length() {
    return ids.length == 0 ? 0 : ids[0].length;
  }

  /** The ids as an int64 [batch, length] array of {@code manager}. */
  public NDArray idArray(NDManager manager) {
    return manager.create(ids);
  }

  /** The token types as an int64 [batch, length] array of {@code manager}. */
  public NDArray typeArray(NDManager manager) {
    return manager.create(types);
  }

  /** The mask as an int64 [batch, length] array of {@code manager}. */
  public NDArray maskArray(NDManager manager) {
    return manager.create(mask);
  }
}
