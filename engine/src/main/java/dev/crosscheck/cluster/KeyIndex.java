package dev.crosscheck.cluster;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The inverted index of article keys (salient words and entities), partitioned by time: a dated
 * article is filed under its key and its window-sized time bucket, so that a dated query reads only
 * the neighbouring buckets; undated articles are filed apart, in a partition of their own, and meet
 * every query. Articles are ints (their position in the store), added in increasing order; each
 * posting holds the article and the key's weight in it ({@link KeyWeights}).
 *
 * <p>A key is hot in a partition once the partition holds {@code hotPostings} postings of it: a
 * shared key counts toward a pair only when it is hot in neither article's partition, so a word
 * that turned common in the store (the generator's "council", "coronavirus" in 2020) stops
 * gathering thousands of candidates. Counts only grow, so hotness only spreads as articles arrive,
 * and whether a pair meets depends on the set of articles, not their order; the index records the
 * articles of each posting list that turns hot ({@link #takeTurnedHot}), whose earlier pairs may no
 * longer meet. Not thread-safe for writes; reads may run concurrently when no write does.
 */
final class KeyIndex {
  private static final long BUCKET_MIX = 0x9E3779B97F4A7C15L;

  // Shared-key counts by position, one array per reading thread: counting is linear in the
  // postings read, where sorting them all cost n log n on the hot keys of a large store.
  private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[0]);
  private static final ThreadLocal<long[]> OVERLAPS = ThreadLocal.withInitial(() -> new long[0]);

  private final int bucketDays;
  private final int hotPostings;
  private final PostingMap dated = new PostingMap();
  private final PostingMap undated = new PostingMap();
  // The buckets each key is filed in (a long as two ints), for undated queries.
  private final PostingMap buckets = new PostingMap();
  private final IntList turnedHot = new IntList();
  private int size;

  /**
   * @param windowDays days of a time bucket (at least 1 is used)
   * @param hotPostings postings of a key in one partition from which it is hot there, >= 1
   */
  KeyIndex(int windowDays, int hotPostings) {
    if (hotPostings < 1) {
      throw new IllegalArgumentException("hotPostings (" + hotPostings + ") must be >= 1");
    }
    this.bucketDays = Math.max(1, windowDays);
    this.hotPostings = hotPostings;
  }

  /** Files {@code article} under {@code keys}, whose weights in it are {@code weights}. */
  void add(int article, long[] keys, int[] weights, LocalDate date) {
    for (int k = 0; k < keys.length; k++) {
      IntList list;
      if (date == null) {
        list = undated.add(keys[k], article, weights[k]);
      } else {
        long bucket = bucket(date);
        list = dated.add(bucketKey(keys[k], bucket), article, weights[k]);
        if (list.size() == 2) {
          buckets.add(keys[k], (int) (bucket >>> 32), (int) bucket);
        }
      }
      if (list.size() == 2L * hotPostings) {
        for (int i = 0; i < list.size(); i += 2) {
          turnedHot.add(list.get(i));
        }
      }
    }
    size = Math.max(size, article + 1);
  }

  /**
   * The articles filed under a key and partition that turned hot since the last call, sorted,
   * distinct: the articles whose links may rest on keys that no longer count.
   */
  int[] takeTurnedHot() {
    int[] found = Arrays.stream(turnedHot.toArray()).sorted().distinct().toArray();
    turnedHot.clear();
    return found;
  }

  /**
   * The articles sharing at least {@code minShared} keys with the query, counting only keys hot in
   * neither partition, and possibly within its window, whose key overlap with the query ({@link
   * KeyWeights}: the sum over those keys of the products of the two weights) is at least {@code
   * minOverlap} units; sorted, distinct.
   */
  int[] candidates(long[] keys, int[] weights, LocalDate date, int minShared, long minOverlap) {
    int[] counts = COUNTS.get();
    long[] overlaps = OVERLAPS.get();
    if (counts.length < size) {
      counts = new int[Math.max(size, counts.length * 3 / 2)];
      overlaps = new long[counts.length];
      COUNTS.set(counts);
      OVERLAPS.set(overlaps);
    }
    IntList touched = new IntList(64);
    for (int k = 0; k < keys.length; k++) {
      Tally tally = new Tally(weights[k], counts, overlaps, touched);
      if (date == null) {
        tally.undated(keys[k]);
      } else {
        tally.dated(keys[k], bucket(date));
      }
    }
    IntList result = new IntList(16);
    for (int i = 0; i < touched.size(); i++) {
      int article = touched.get(i);
      if (counts[article] >= minShared && overlaps[article] >= minOverlap) {
        result.add(article);
      }
      counts[article] = 0;
      overlaps[article] = 0;
    }
    int[] found = result.toArray();
    Arrays.sort(found);
    return found;
  }

  /**
   * Whether two articles meet as {@link #candidates} finds them: within reach of each other's
   * partition, sharing at least {@code minShared} keys hot in neither partition, with an overlap of
   * at least {@code minOverlap} units over those keys. A function of the two articles and the hot
   * keys, which is how a pair linked before a key turned hot is checked again.
   */
  boolean meets(
      long[] keysA,
      int[] weightsA,
      LocalDate dateA,
      long[] keysB,
      int[] weightsB,
      LocalDate dateB,
      int minShared,
      long minOverlap) {
    if (dateA != null && dateB != null && Math.abs(bucket(dateA) - bucket(dateB)) > 1) {
      return false;
    }
    int shared = 0;
    long overlap = 0;
    // Every pair of equal keys, as the postings count them (keys are few: at most a few dozen).
    for (int i = 0; i < keysA.length; i++) {
      for (int j = 0; j < keysB.length; j++) {
        if (keysA[i] == keysB[j] && !hot(keysA[i], dateA) && !hot(keysB[j], dateB)) {
          shared++;
          overlap += (long) weightsA[i] * weightsB[j];
        }
      }
    }
    return shared >= minShared && overlap >= minOverlap;
  }

  /** Whether {@code key} is hot in the partition of {@code date} (null: the undated one). */
  boolean hot(long key, LocalDate date) {
    return hot(date == null ? undated.get(key) : dated.get(bucketKey(key, bucket(date))));
  }

  private boolean hot(IntList postings) {
    return postings != null && postings.size() >= 2L * hotPostings;
  }

  /** Adds one query key's postings, in partitions where it is not hot, to the counts. */
  private final class Tally {
    private final int weight;
    private final int[] counts;
    private final long[] overlaps;
    private final IntList touched;

    Tally(int weight, int[] counts, long[] overlaps, IntList touched) {
      this.weight = weight;
      this.counts = counts;
      this.overlaps = overlaps;
      this.touched = touched;
    }

    /** An undated query meets the key's undated postings and those of every bucket. */
    void undated(long key) {
      IntList own = undated.get(key);
      if (hot(own)) {
        return;
      }
      add(own);
      IntList filed = buckets.get(key);
      if (filed != null) {
        for (int i = 0; i < filed.size(); i += 2) {
          long bucket = (long) filed.get(i) << 32 | (filed.get(i + 1) & 0xFFFFFFFFL);
          add(dated.get(bucketKey(key, bucket)));
        }
      }
    }

    /** A dated query meets the key's postings in the neighbouring buckets and undated ones. */
    void dated(long key, long bucket) {
      if (hot(dated.get(bucketKey(key, bucket)))) {
        return;
      }
      for (long b = bucket - 1; b <= bucket + 1; b++) {
        add(dated.get(bucketKey(key, b)));
      }
      add(undated.get(key));
    }

    private void add(IntList postings) {
      if (postings == null || hot(postings)) {
        return;
      }
      for (int i = 0; i < postings.size(); i += 2) {
        int article = postings.get(i);
        if (counts[article]++ == 0) {
          touched.add(article);
        }
        overlaps[article] += (long) weight * postings.get(i + 1);
      }
    }
  }

  private long bucket(LocalDate date) {
    return Math.floorDiv(date.toEpochDay(), bucketDays);
  }

  private static long bucketKey(long key, long bucket) {
    return key ^ ((bucket + 1) * BUCKET_MIX);
  }

  /**
   * Posting lists by 64-bit key (article and weight, interleaved), open addressing with linear
   * probing: no boxed {@code Long} per lookup, and a probe reads two arrays instead of following a
   * chain of entries.
   */
  private static final class PostingMap {
    private long[] keys = new long[16];
    private IntList[] lists = new IntList[16];
    private int count;

    IntList get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); lists[i] != null; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return lists[i];
        }
      }
      return null;
    }

    /**
     * Appends the pair {@code (first, second)} to the list of {@code key}, and returns the list.
     */
    IntList add(long key, int first, int second) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (lists[i] != null && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (lists[i] == null) {
        keys[i] = key;
        lists[i] = new IntList(2);
        count++;
      }
      IntList list = lists[i];
      list.add(first);
      list.add(second);
      if (count * 2 > keys.length) {
        grow();
      }
      return list;
    }

    private void grow() {
      long[] oldKeys = keys;
      IntList[] oldLists = lists;
      keys = new long[oldKeys.length * 2];
      lists = new IntList[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldLists[j] != null) {
          int i = slot(oldKeys[j], mask);
          while (lists[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          lists[i] = oldLists[j];
        }
      }
    }

    private static int slot(long key, int mask) {
      // Keys are hashes already, but bucket keys differ from word keys by a multiple of one
      // constant: mix again so that neighbouring buckets do not crowd neighbouring slots.
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
