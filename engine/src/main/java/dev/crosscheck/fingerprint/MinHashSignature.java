package dev.crosscheck.fingerprint;

import java.util.Arrays;

/**
 * A MinHash signature: one 64-bit minimum per bin, as {@link MinHasher#sign} computes it.
 *
 * <p>The array is copied in and out, so a signature is immutable; equality and hash code are by
 * content. {@link #EMPTY} (length 0) stands for the empty shingle set.
 *
 * @param values the per-bin minima; copied
 */
public record MinHashSignature(long[] values) {
  /** The signature of an empty shingle set; its similarity with any signature is 0. */
  public static final MinHashSignature EMPTY = new MinHashSignature(new long[0]);

  public MinHashSignature {
    values = values.clone();
  }

  /** Returns a copy of the per-bin minima. */
  @Override
  public long[] values() {
    return values.clone();
  }

  /** Returns the number of values (bins). */
  public int length() {
    return values.length;
  }

  /** Returns whether this is the signature of an empty set. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /** Returns the value of bin {@code index}. */
  public long value(int index) {
    return values[index];
  }

  /** Returns the internal array, for read-only use in this package without copying. */
  long[] array() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinHashSignature that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature[length=" + values.length + "]";
  }
}
