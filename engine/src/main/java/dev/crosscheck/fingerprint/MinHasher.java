package dev.crosscheck.fingerprint;

import java.util.Objects;
import net.openhft.hashing.LongHashFunction;

/**
 * A MinHash signer: one-permutation MinHash with optimal densification, estimating the Jaccard
 * similarity of shingle sets from fixed-length signatures.
 *
 * <p>Algorithm (Li, Owen and Zhang 2012, "One Permutation Hashing"; densification from Shrivastava
 * 2017, "Optimal Densification for Fast and Accurate Minwise Hashing", ICML): each shingle {@code
 * s} is rehashed to {@code h = xxh3(SEED, le64(s))}; its bin is {@code ((h >>> 32) * numHashes) >>>
 * 32} and the bin keeps the unsigned minimum {@code h}. Each empty bin {@code i} then copies the
 * value of the first non-empty bin among {@code j(i, 1), j(i, 2), ...}, where {@code j(i, t)} maps
 * {@code xxh3(DENSIFICATION_SEED, le64(i << 32 | t))} to a bin the same way. The probe sequence
 * depends only on {@code (i, t)}, never on the data, which is what makes two sets' copied values
 * agree with probability equal to their Jaccard similarity. {@code le64(x)} is the 8 little-endian
 * bytes of {@code x}.
 *
 * <p>Cost: one hash per shingle, plus an expected {@code numHashes / filled} probes per empty bin;
 * tiny sets therefore cost up to about {@code numHashes²} probe hashes, which is still small for
 * the default 128.
 *
 * <p>This is a stored-format contract: signatures are deterministic, identical across runs, JVMs
 * and byte orders, and stable across versions; the seeds are fixed. Changing any of this changes
 * stored fingerprints. Instances are immutable and thread-safe.
 */
public final class MinHasher {
  /** The default signature length (number of bins). */
  public static final int DEFAULT_NUM_HASHES = 128;

  /** The fixed xxh3 seed that rehashes shingles ("cc-minhs" in ASCII). Never change it. */
  public static final long SEED = 0x63632D6D696E6873L;

  /** The fixed xxh3 seed of the densification probes ("cc-dense" in ASCII). Never change it. */
  public static final long DENSIFICATION_SEED = 0x63632D64656E7365L;

  private static final LongHashFunction HASH = LongHashFunction.xx3(SEED);
  private static final LongHashFunction PROBE = LongHashFunction.xx3(DENSIFICATION_SEED);

  private final int numHashes;

  /** Creates a signer of {@link #DEFAULT_NUM_HASHES}-value signatures. */
  public MinHasher() {
    this(DEFAULT_NUM_HASHES);
  }

  /**
   * Creates a signer of {@code numHashes}-value signatures.
   *
   * @throws IllegalArgumentException if {@code numHashes <= 0}
   */
  public MinHasher(int numHashes) {
    if (numHashes <= 0) {
      throw new IllegalArgumentException("numHashes (" + numHashes + ") must be > 0");
    }
    this.numHashes = numHashes;
  }

  /** Returns the signature length. */
  public int numHashes() {
    return numHashes;
  }

  /**
   * Returns the signature of a shingle set. Order and repeats in {@code shingles} do not matter.
   *
   * @param shingles shingle hashes, e.g. from {@link Shingler#shingle}
   * @return a signature of {@link #numHashes()} values, or {@link MinHashSignature#EMPTY} if {@code
   *     shingles} is empty
   */
  public MinHashSignature sign(long[] shingles) {
    Objects.requireNonNull(shingles, "shingles");
    if (shingles.length == 0) {
      return MinHashSignature.EMPTY;
    }
    long[] bins = new long[numHashes];
    boolean[] filled = new boolean[numHashes];
    int filledCount = 0;
    for (long shingle : shingles) {
      long h = Hashes.hashLong(HASH, shingle);
      int bin = bin(h, numHashes);
      if (!filled[bin]) {
        filled[bin] = true;
        bins[bin] = h;
        filledCount++;
      } else if (Long.compareUnsigned(h, bins[bin]) < 0) {
        bins[bin] = h;
      }
    }
    if (filledCount < numHashes) {
      densify(bins, filled);
    }
    return new MinHashSignature(bins);
  }

  /**
   * Returns the estimated Jaccard similarity of the sets behind two signatures: the fraction of
   * bins with equal values, in [0, 1]. It is 0 if either signature is {@link
   * MinHashSignature#EMPTY}.
   *
   * @throws IllegalArgumentException if a non-empty signature's length is not {@link #numHashes()}
   */
  public double similarity(MinHashSignature a, MinHashSignature b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    checkLength(a);
    checkLength(b);
    long[] x = a.array();
    long[] y = b.array();
    int equal = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        equal++;
      }
    }
    return (double) equal / x.length;
  }

  private void checkLength(MinHashSignature signature) {
    if (signature.length() != numHashes) {
      throw new IllegalArgumentException(
          "signature length (" + signature.length() + ") must equal numHashes (" + numHashes + ")");
    }
  }

  /** Fills each empty bin from the first non-empty bin on its data-independent probe sequence. */
  private static void densify(long[] bins, boolean[] filled) {
    int n = bins.length;
    for (int i = 0; i < n; i++) {
      if (filled[i]) {
        continue;
      }
      // At least one bin is filled, so the probe ends with probability 1; expected n / filled.
      for (long attempt = 1; ; attempt++) {
        int donor = bin(Hashes.hashLong(PROBE, ((long) i << 32) | attempt), n);
        if (filled[donor]) {
          bins[i] = bins[donor];
          break;
        }
      }
    }
  }

  /** Maps the high 32 bits of a hash uniformly onto {@code [0, n)} without division. */
  private static int bin(long hash, int n) {
    return (int) (((hash >>> 32) * n) >>> 32);
  }
}
