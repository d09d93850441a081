package dev.crosscheck.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * An article's fingerprint as a store keeps it: its MinHash signature and the features story
 * clustering reads, in a format the caller names, so that features written by an older extractor
 * are recognized and computed again. Arrays are copied in and out; equality is by content.
 *
 * @param format the format of {@code features}, chosen by the caller; >= 0
 * @param minhash the MinHash signature values (possibly none)
 * @param features the encoded clustering features
 */
public record Fingerprint(int format, long[] minhash, byte[] features) {
  public Fingerprint {
    if (format < 0) {
      throw new IllegalArgumentException("format (" + format + ") must be >= 0");
    }
    minhash = Objects.requireNonNull(minhash, "minhash").clone();
    features = Objects.requireNonNull(features, "features").clone();
  }

  @Override
  public long[] minhash() {
    return minhash.clone();
  }

  @Override
  public byte[] features() {
    return features.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint that
        && format == that.format
        && Arrays.equals(minhash, that.minhash)
        && Arrays.equals(features, that.features);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * format + Arrays.hashCode(minhash)) + Arrays.hashCode(features);
  }

  @Override
  public String toString() {
    return "Fingerprint[format="
        + format
        + ", minhash="
        + minhash.length
        + " values, features="
        + features.length
        + " bytes]";
  }
}
