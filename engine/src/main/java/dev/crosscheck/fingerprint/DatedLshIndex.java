package dev.crosscheck.fingerprint;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link LshIndex} whose candidates are bounded by a time window: a copy or rewrite appears
 * within days of its source, so when publication dates are known, keys published farther apart than
 * the window are not candidates. A key or query without a date is never excluded (an unknown date
 * is no evidence against a match).
 *
 * <p>The date costs 4 bytes per key beside the index. Not thread-safe, like {@link LshIndex}.
 *
 * @param <K> the key type, e.g. an article id
 */
public final class DatedLshIndex<K> {
  /** The default window: candidates published at most this many days apart. */
  public static final int DEFAULT_WINDOW_DAYS = 7;

  private static final int NO_DATE = Integer.MIN_VALUE;

  private final LshIndex<K> index;
  private final int windowDays;
  private int[] days = new int[64];

  /** Creates an index of default bands and rows with a {@link #DEFAULT_WINDOW_DAYS} window. */
  public DatedLshIndex() {
    this(new LshIndex<>(), DEFAULT_WINDOW_DAYS);
  }

  /**
   * Creates a dated index over {@code index}, which must be empty.
   *
   * @param windowDays the most days between two candidates' publication dates, >= 0
   * @throws IllegalArgumentException if {@code windowDays < 0} or {@code index} is not empty
   */
  public DatedLshIndex(LshIndex<K> index, int windowDays) {
    Objects.requireNonNull(index, "index");
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays (" + windowDays + ") must be >= 0");
    }
    if (index.size() != 0) {
      throw new IllegalArgumentException("index size (" + index.size() + ") must be 0");
    }
    this.index = index;
    this.windowDays = windowDays;
  }

  /** Returns the window, in days. */
  public int windowDays() {
    return windowDays;
  }

  /** Returns the number of keys added. */
  public int size() {
    return index.size();
  }

  /**
   * Adds a key with its signature and publication date.
   *
   * @param published the publication day, or null when unknown
   * @throws IllegalArgumentException as {@link LshIndex#add}
   */
  public void add(K key, MinHashSignature signature, LocalDate published) {
    int id = index.size();
    index.add(key, signature);
    if (id == days.length) {
      days = Arrays.copyOf(days, id * 2);
    }
    days[id] = published == null ? NO_DATE : (int) published.toEpochDay();
  }

  /**
   * Returns the keys sharing a band with {@code signature} and published within the window of
   * {@code published}, in insertion order.
   *
   * @param published the query's publication day, or null to skip the window
   * @return a new, modifiable set
   */
  public Set<K> candidates(MinHashSignature signature, LocalDate published) {
    Set<K> result = new LinkedHashSet<>();
    long day = published == null ? NO_DATE : published.toEpochDay();
    for (int id : index.candidateIds(signature)) {
      if (day == NO_DATE || days[id] == NO_DATE || Math.abs(days[id] - day) <= windowDays) {
        result.add(index.key(id));
      }
    }
    return result;
  }
}
