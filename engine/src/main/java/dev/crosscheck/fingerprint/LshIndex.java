package dev.crosscheck.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.openhft.hashing.LongHashFunction;

/**
 * An in-memory banding LSH index of MinHash signatures, returning candidate near-duplicates.
 *
 * <p>Banding (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3.4): a signature
 * of {@code bands × rows} values is cut into {@code bands} runs of {@code rows} values; two
 * signatures are candidates if any band is identical, which happens with probability {@link
 * #candidateProbability 1 - (1 - s^rows)^bands} for Jaccard similarity {@code s}. Band {@code b} is
 * keyed by xxh3, seeded with {@code SEED + b}, over the little-endian bytes of its values; the
 * per-band seed keeps equal runs in different bands apart. Keys are stored as {@code int} ids in a
 * primitive open-addressing table, so lookups neither box nor allocate per band.
 *
 * <p>Not thread-safe: confine an index to one thread or guard it externally.
 *
 * @param <K> the key type, e.g. an article id; keys need {@code equals} and {@code hashCode}
 */
public final class LshIndex<K> {
  /** The default number of bands. */
  public static final int DEFAULT_BANDS = 32;

  /** The default rows per band; with {@link #DEFAULT_BANDS} it fits 128-value signatures. */
  public static final int DEFAULT_ROWS = 4;

  /** The fixed base xxh3 seed of band keys ("cc-bands" in ASCII). Never change it. */
  public static final long SEED = 0x63632D62616E6473L;

  private static final int INITIAL_CAPACITY = 64;

  private final int bands;
  private final int rows;
  private final LongHashFunction[] bandHashes;
  private final List<K> keys = new ArrayList<>();
  private final Set<K> keySet = new HashSet<>();
  // Open-addressing table: band key -> head of its posting chain (posting index + 1; 0 = free).
  private long[] slotKeys = new long[INITIAL_CAPACITY];
  private int[] slotHeads = new int[INITIAL_CAPACITY];
  private int usedSlots;
  // Posting chains: the id of each posting and the next posting (index + 1; 0 = end).
  private int[] postingIds = new int[INITIAL_CAPACITY];
  private int[] postingNext = new int[INITIAL_CAPACITY];
  private int postings;

  /** Creates an index of {@link #DEFAULT_BANDS} bands of {@link #DEFAULT_ROWS} rows. */
  public LshIndex() {
    this(DEFAULT_BANDS, DEFAULT_ROWS);
  }

  /**
   * Creates an index of {@code bands} bands of {@code rows} rows each.
   *
   * @throws IllegalArgumentException if {@code bands <= 0} or {@code rows <= 0}
   */
  public LshIndex(int bands, int rows) {
    checkPositive("bands", bands);
    checkPositive("rows", rows);
    this.bands = bands;
    this.rows = rows;
    this.bandHashes = new LongHashFunction[bands];
    for (int b = 0; b < bands; b++) {
      bandHashes[b] = LongHashFunction.xx3(SEED + b);
    }
  }

  /** Returns the number of bands. */
  public int bands() {
    return bands;
  }

  /** Returns the rows per band. */
  public int rows() {
    return rows;
  }

  /** Returns the number of keys added. */
  public int size() {
    return keys.size();
  }

  /**
   * Adds a key with its signature. A key with {@link MinHashSignature#EMPTY} is counted but never
   * becomes a candidate.
   *
   * @throws IllegalArgumentException if the key was already added, or the signature is non-empty
   *     and its length is not {@code bands × rows}
   */
  public void add(K key, MinHashSignature signature) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signature, "signature");
    checkLength(signature);
    if (!keySet.add(key)) {
      throw new IllegalArgumentException("key (" + key + ") must not be added twice");
    }
    int id = keys.size();
    keys.add(key);
    if (signature.isEmpty()) {
      return;
    }
    long[] values = signature.array();
    for (int b = 0; b < bands; b++) {
      insert(bandKey(values, b), id);
    }
  }

  /**
   * Returns the keys sharing at least one band with {@code signature}, in insertion order. The
   * result includes a key added with this very signature and is empty for {@link
   * MinHashSignature#EMPTY}.
   *
   * @return a new, modifiable set
   * @throws IllegalArgumentException if the signature is non-empty and its length is not {@code
   *     bands × rows}
   */
  public Set<K> candidates(MinHashSignature signature) {
    Set<K> result = new LinkedHashSet<>();
    for (int id : candidateIds(signature)) {
      result.add(keys.get(id));
    }
    return result;
  }

  /**
   * Returns the insertion ranks (0 for the first key added) of the keys sharing at least one band
   * with {@code signature}, ascending and distinct.
   */
  int[] candidateIds(MinHashSignature signature) {
    Objects.requireNonNull(signature, "signature");
    checkLength(signature);
    if (signature.isEmpty()) {
      return new int[0];
    }
    long[] values = signature.array();
    int[] found = new int[16];
    int count = 0;
    for (int b = 0; b < bands; b++) {
      for (int p = slotHeads[find(bandKey(values, b))]; p != 0; p = postingNext[p - 1]) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = postingIds[p - 1];
      }
    }
    // Ids are insertion ranks: sorting them yields insertion order, independent of band order.
    Arrays.sort(found, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || found[i] != found[i - 1]) {
        found[distinct++] = found[i];
      }
    }
    return Arrays.copyOf(found, distinct);
  }

  /** Returns the key of insertion rank {@code id}. */
  K key(int id) {
    return keys.get(id);
  }

  /**
   * Returns the probability that two signatures of Jaccard similarity {@code similarity} share a
   * band: {@code 1 - (1 - similarity^rows)^bands}, the LSH S-curve.
   *
   * @throws IllegalArgumentException if {@code similarity} is outside [0, 1] or bands or rows is
   *     not positive
   */
  public static double candidateProbability(double similarity, int bands, int rows) {
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity (" + similarity + ") must be in [0, 1]");
    }
    checkPositive("bands", bands);
    checkPositive("rows", rows);
    return 1.0 - Math.pow(1.0 - Math.pow(similarity, rows), bands);
  }

  /**
   * Returns the similarity where the S-curve is steepest, {@code (1 / bands)^(1 / rows)}: roughly
   * the Jaccard similarity above which pairs become likely candidates.
   *
   * @throws IllegalArgumentException if bands or rows is not positive
   */
  public static double threshold(int bands, int rows) {
    checkPositive("bands", bands);
    checkPositive("rows", rows);
    return Math.pow(1.0 / bands, 1.0 / rows);
  }

  private long bandKey(long[] values, int band) {
    return Hashes.hashLongs(bandHashes[band], values, band * rows, rows);
  }

  /** Returns the slot holding {@code key}, or the free slot where it would go. */
  private int find(long key) {
    int mask = slotKeys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (slotHeads[slot] != 0 && slotKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void insert(long key, int id) {
    int slot = find(key);
    if (slotHeads[slot] == 0) {
      slotKeys[slot] = key;
      usedSlots++;
    }
    if (postings == postingIds.length) {
      postingIds = Arrays.copyOf(postingIds, postings * 2);
      postingNext = Arrays.copyOf(postingNext, postings * 2);
    }
    postingIds[postings] = id;
    postingNext[postings] = slotHeads[slot];
    slotHeads[slot] = ++postings;
    if (usedSlots * 2 > slotKeys.length) {
      rehash();
    }
  }

  /** Doubles the table, keeping it at most half full so probes stay short. */
  private void rehash() {
    long[] oldKeys = slotKeys;
    int[] oldHeads = slotHeads;
    slotKeys = new long[oldKeys.length * 2];
    slotHeads = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != 0) {
        int slot = find(oldKeys[i]);
        slotKeys[slot] = oldKeys[i];
        slotHeads[slot] = oldHeads[i];
      }
    }
  }

  private void checkLength(MinHashSignature signature) {
    if (!signature.isEmpty() && (long) bands * rows != signature.length()) {
      throw new IllegalArgumentException(
          "bands ("
              + bands
              + ") × rows ("
              + rows
              + ") must equal the signature length ("
              + signature.length()
              + ")");
    }
  }

  private static void checkPositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
    }
  }
}
