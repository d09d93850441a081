package dev.crosscheck.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
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
 * per-band seed keeps equal runs in different bands apart.
 *
 * <p>Memory is about 8 bytes per band per key: each band keeps its postings packed as {@code (band
 * key << 32 | id)} longs, the band key being the xxh3 hash truncated to 32 bits (a truncation
 * collision only adds a candidate, and callers verify candidates). The postings sit in sorted
 * immutable runs of {@code 128 × 2^level} entries plus a 128-entry unsorted buffer; a full buffer
 * is sorted into a run and equal-sized runs merge like a binary counter (a log-structured merge),
 * so there are O(log n) runs to search per band. A run is stored in pages of {@link #PAGE} postings
 * (256 KB): one array per run would, past a million documents, exceed half a G1 heap region and be
 * allocated as a humongous object, wasting up to half of its regions. Each run has a fence, the
 * band key of every 32nd posting (4 bytes per 32 postings): a lookup binary-searches the fence,
 * which stays in cache, and reads at most 32 postings of the run.
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

  /** Postings per band held unsorted before they are sorted into a run. */
  private static final int BUFFER = 128;

  /** Postings per fence entry: a lookup scans at most this many (four cache lines). */
  private static final int FENCE = 32;

  /** Postings per page of a run: 256 KB, below G1's humongous size for any region size. */
  static final int PAGE = 1 << 15;

  private static final int PAGE_SHIFT = 15;

  private static final int INITIAL_ID_SLOTS = 64;
  private static final long LOW_32 = 0xFFFFFFFFL;

  private final int bands;
  private final int rows;
  private final LongHashFunction[] bandHashes;
  private final List<K> keys = new ArrayList<>();
  // Open-addressing set of keys for the duplicate check: insertion rank + 1 (0 = free).
  private int[] idSlots = new int[INITIAL_ID_SLOTS];
  // Every non-empty signature adds one posting to every band, so all bands share one shape:
  // runs[band][level] is null or a sorted run of BUFFER << level postings.
  private final long[][] buffers;
  private final Run[][] runs;
  // fences[band][level]: the band key of every FENCE-th posting of the run, so that a lookup
  // binary-searches a small, cache-resident array and then scans at most FENCE postings.
  private final int[][][] fences;
  private int buffered;
  private int levels;

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
    this.buffers = new long[bands][BUFFER];
    this.runs = new Run[bands][0];
    this.fences = new int[bands][0][];
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
    Objects.requireNonNull(signature, "signature");
    checkLength(signature);
    int id = register(key);
    if (!signature.isEmpty()) {
      insert(bandKeys(signature.array()), id);
    }
  }

  /**
   * Adds a key with its signature and returns the keys added before it that share at least one band
   * with it, in insertion order: {@link #candidates} then {@link #add} in one call, with the band
   * keys computed once.
   *
   * @return a new, modifiable set; empty for {@link MinHashSignature#EMPTY}
   * @throws IllegalArgumentException as {@link #add} does
   */
  public Set<K> addAndFind(K key, MinHashSignature signature) {
    Objects.requireNonNull(signature, "signature");
    checkLength(signature);
    int id = register(key);
    Set<K> result = new LinkedHashSet<>();
    if (signature.isEmpty()) {
      return result;
    }
    int[] bandKeys = bandKeys(signature.array());
    for (int found : find(bandKeys)) {
      result.add(keys.get(found));
    }
    insert(bandKeys, id);
    return result;
  }

  /** Gives {@code key} the next insertion rank; throws if it was added before. */
  private int register(K key) {
    Objects.requireNonNull(key, "key");
    int slot = findKey(key);
    if (idSlots[slot] != 0) {
      throw new IllegalArgumentException("key (" + key + ") must not be added twice");
    }
    int id = keys.size();
    keys.add(key);
    idSlots[slot] = id + 1;
    if (keys.size() * 3 > idSlots.length * 2) {
      rehashKeys();
    }
    return id;
  }

  private void insert(int[] bandKeys, int id) {
    for (int b = 0; b < bands; b++) {
      buffers[b][buffered] = posting(bandKeys[b], id);
    }
    if (++buffered == BUFFER) {
      flush();
    }
  }

  private int[] bandKeys(long[] values) {
    int[] result = new int[bands];
    for (int b = 0; b < bands; b++) {
      result[b] = (int) bandKey(values, b);
    }
    return result;
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
    return find(bandKeys(signature.array()));
  }

  /** The distinct ids, ascending, with a posting under one of {@code bandKeys} in its band. */
  private int[] find(int[] bandKeys) {
    IdList found = new IdList();
    for (int b = 0; b < bands; b++) {
      int bandKey = bandKeys[b];
      Run[] bandRuns = runs[b];
      for (int level = 0; level < bandRuns.length; level++) {
        if (bandRuns[level] != null) {
          collect(bandRuns[level], fences[b][level], bandKey, found);
        }
      }
      long[] buffer = buffers[b];
      for (int i = 0; i < buffered; i++) {
        if ((int) (buffer[i] >>> 32) == bandKey) {
          found.add((int) buffer[i]);
        }
      }
    }
    return found.sortedDistinct();
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

  /**
   * The band keys of {@code signature} as this index files them (32-bit, one per band; two
   * signatures are candidates when some band's keys are equal), for a distributed join on bands
   * (the Spark job). Empty for an empty signature, which is never a candidate.
   *
   * @throws IllegalArgumentException if the signature is non-empty and its length is not {@code
   *     bands × rows}
   */
  public int[] bandKeys(MinHashSignature signature) {
    Objects.requireNonNull(signature, "signature");
    checkLength(signature);
    if (signature.isEmpty()) {
      return new int[0];
    }
    long[] values = signature.array();
    int[] keys = new int[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = (int) bandKey(values, b);
    }
    return keys;
  }

  private long bandKey(long[] values, int band) {
    return Hashes.hashLongs(bandHashes[band], values, band * rows, rows);
  }

  private static long posting(int bandKey, int id) {
    return (long) bandKey << 32 | (id & LOW_32);
  }

  /**
   * Adds the ids of {@code run}'s postings under {@code bandKey}: a binary search of the fence
   * finds the stretch of at most {@link #FENCE} postings where they start.
   */
  private static void collect(Run run, int[] fence, int bandKey, IdList found) {
    int from = 0;
    int to = fence.length;
    while (from < to) {
      int mid = (from + to) >>> 1;
      if (fence[mid] < bandKey) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    // fence[from - 1] < bandKey <= fence[from]: the first match is after posting (from - 1) *
    // FENCE.
    long low = (long) bandKey << 32;
    long high = low | LOW_32;
    int i = from == 0 ? 0 : (from - 1) * FENCE + 1;
    while (i < run.length && run.get(i) < low) {
      i++;
    }
    for (; i < run.length && run.get(i) <= high; i++) {
      found.add((int) run.get(i));
    }
  }

  private static int[] fence(Run run) {
    int[] fence = new int[(run.length + FENCE - 1) / FENCE];
    for (int j = 0; j < fence.length; j++) {
      fence[j] = (int) (run.get(j * FENCE) >>> 32);
    }
    return fence;
  }

  /** Sorts the full buffer of every band into a run, merging equal-sized runs like a carry. */
  private void flush() {
    int level = 0;
    while (level < levels && runs[0][level] != null) {
      level++;
    }
    if (level == levels) {
      levels++;
      for (int b = 0; b < bands; b++) {
        runs[b] = Arrays.copyOf(runs[b], levels);
        fences[b] = Arrays.copyOf(fences[b], levels);
      }
    }
    for (int b = 0; b < bands; b++) {
      long[] sorted = buffers[b].clone();
      Arrays.sort(sorted);
      Run carry = new Run(new long[][] {sorted}, sorted.length);
      for (int l = 0; l < level; l++) {
        carry = merge(runs[b][l], carry);
        runs[b][l] = null;
        fences[b][l] = null;
      }
      runs[b][level] = carry;
      fences[b][level] = fence(carry);
    }
    buffered = 0;
  }

  private static Run merge(Run first, Run second) {
    int length = first.length + second.length;
    long[][] pages = new long[(length + PAGE - 1) >>> PAGE_SHIFT][];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new long[Math.min(PAGE, length - (p << PAGE_SHIFT))];
    }
    int i = 0;
    int j = 0;
    for (int k = 0; k < length; k++) {
      long next;
      if (j == second.length || (i < first.length && first.get(i) <= second.get(j))) {
        next = first.get(i++);
      } else {
        next = second.get(j++);
      }
      pages[k >>> PAGE_SHIFT][k & (PAGE - 1)] = next;
    }
    return new Run(pages, length);
  }

  /** A sorted run of postings in pages of {@link #PAGE} (the last one shorter). */
  private static final class Run {
    final long[][] pages;
    final int length;

    Run(long[][] pages, int length) {
      this.pages = pages;
      this.length = length;
    }

    long get(int i) {
      return pages[i >>> PAGE_SHIFT][i & (PAGE - 1)];
    }
  }

  /** Returns the id slot holding {@code key}, or the free slot where it would go. */
  private int findKey(K key) {
    int mask = idSlots.length - 1;
    int slot = spread(key.hashCode()) & mask;
    while (idSlots[slot] != 0 && !keys.get(idSlots[slot] - 1).equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Doubles the id table, keeping it at most two thirds full so probes stay short. */
  private void rehashKeys() {
    int[] old = idSlots;
    idSlots = new int[old.length * 2];
    int mask = idSlots.length - 1;
    for (int id : old) {
      if (id != 0) {
        int slot = spread(keys.get(id - 1).hashCode()) & mask;
        while (idSlots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        idSlots[slot] = id;
      }
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
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

  /** A growable list of ids, collected across bands and runs. */
  private static final class IdList {
    private int[] ids = new int[16];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    /**
     * Returns the ids ascending and distinct; ids are insertion ranks, so this is insertion order.
     */
    int[] sortedDistinct() {
      Arrays.sort(ids, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          ids[distinct++] = ids[i];
        }
      }
      return Arrays.copyOf(ids, distinct);
    }
  }
}
