package dev.crosscheck.fingerprint;

import java.nio.ByteOrder;
import net.openhft.hashing.LongHashFunction;

/**
 * Byte-order-independent access to xxh3 over longs.
 *
 * <p>{@link LongHashFunction#hashLong} and {@link LongHashFunction#hashLongs} hash the native byte
 * representation of their input; fingerprints must not depend on the platform, so every long is
 * hashed as its little-endian bytes here.
 */
final class Hashes {
  private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  private Hashes() {}

  /** Returns the hash of the 8 little-endian bytes of {@code value}. */
  static long hashLong(LongHashFunction function, long value) {
    return function.hashLong(LITTLE_ENDIAN ? value : Long.reverseBytes(value));
  }

  /** Returns the hash of the little-endian bytes of {@code values[offset, offset + length)}. */
  static long hashLongs(LongHashFunction function, long[] values, int offset, int length) {
    if (LITTLE_ENDIAN) {
      return function.hashLongs(values, offset, length);
    }
    long[] swapped = new long[length];
    for (int i = 0; i < length; i++) {
      swapped[i] = Long.reverseBytes(values[offset + i]);
    }
    return function.hashLongs(swapped);
  }
}
