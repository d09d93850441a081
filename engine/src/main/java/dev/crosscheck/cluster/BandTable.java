package dev.crosscheck.cluster;

import java.util.Arrays;

/**
 * The LSH band keys of each article by position (as {@link dev.crosscheck.fingerprint.LshIndex}
 * files them), kept because stored features drop their signature: to tell again whether two
 * articles meet through a band. Not thread-safe.
 */
final class BandTable {
  private final int bands;
  private int[] keys = new int[0];
  private boolean[] signed = new boolean[0];
  private int size;

  /** A table of {@code bands} keys per article, >= 1. */
  BandTable(int bands) {
    if (bands < 1) {
      throw new IllegalArgumentException("bands (" + bands + ") must be >= 1");
    }
    this.bands = bands;
  }

  /**
   * Adds the band keys of the next article: {@code bands} of them, or none for an article without a
   * signature, which meets no other through a band.
   */
  void add(int[] bandKeys) {
    if (bandKeys.length != 0 && bandKeys.length != bands) {
      throw new IllegalArgumentException(
          "band keys (" + bandKeys.length + ") must be " + bands + " or none");
    }
    if (size == signed.length) {
      signed = Arrays.copyOf(signed, Math.max(16, size * 2));
      keys = Arrays.copyOf(keys, signed.length * bands);
    }
    signed[size] = bandKeys.length > 0;
    System.arraycopy(bandKeys, 0, keys, size * bands, bandKeys.length);
    size++;
  }

  /** Whether the articles at {@code a} and {@code b} have equal keys in some band. */
  boolean share(int a, int b) {
    if (!signed[a] || !signed[b]) {
      return false;
    }
    for (int band = 0; band < bands; band++) {
      if (keys[a * bands + band] == keys[b * bands + band]) {
        return true;
      }
    }
    return false;
  }
}
