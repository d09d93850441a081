package dev.crosscheck.fingerprint;

import java.util.Objects;
import net.openhft.hashing.LongHashFunction;

/**
 * A SimHash-64 fingerprinter: similar shingle sets get fingerprints at small Hamming distance.
 *
 * <p>Algorithm (Charikar 2002, "Similarity Estimation Techniques from Rounding Algorithms", STOC;
 * as used by Manku, Jain and Das Sarma 2007 for web near-duplicates): each shingle {@code s} is
 * rehashed to {@code h = xxh3(SEED, le64(s))}, with {@code le64} its 8 little-endian bytes; bit
 * {@code i} of the fingerprint is 1 iff more shingles have bit {@code i} of {@code h} set than
 * clear (ties give 0). Every shingle weighs 1, so repeats count again. No shingles give 0.
 *
 * <p>This is a stored-format contract: fingerprints are deterministic, identical across runs, JVMs
 * and byte orders, and stable across versions; the seed is fixed. Instances are immutable and
 * thread-safe.
 */
public final class SimHasher {
  /** The fixed xxh3 seed that rehashes shingles ("cc-simhs" in ASCII). Never change it. */
  public static final long SEED = 0x63632D73696D6873L;

  private static final LongHashFunction HASH = LongHashFunction.xx3(SEED);

  /**
   * Returns the SimHash-64 fingerprint of a shingle multiset; order does not matter.
   *
   * @param shingles shingle hashes, e.g. from {@link Shingler#shingle}
   * @return the fingerprint; 0 if {@code shingles} is empty
   */
  public long hash(long[] shingles) {
    Objects.requireNonNull(shingles, "shingles");
    // counts[i] = (#shingles with bit i set) - (#shingles with bit i clear)
    int[] counts = new int[Long.SIZE];
    for (long shingle : shingles) {
      long h = Hashes.hashLong(HASH, shingle);
      for (int bit = 0; bit < Long.SIZE; bit++) {
        counts[bit] += (int) ((h >>> bit) & 1L) * 2 - 1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (counts[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** Returns the Hamming distance of two fingerprints: the number of differing bits, 0 to 64. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }
}
