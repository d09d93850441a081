package dev.crosscheck.cluster;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The inverted index of article keys (salient words and entities), partitioned by time: a dated
 * article is filed under its key and its window-sized time bucket, so that a dated query reads only
 * the neighbouring buckets; undated articles are filed apart and meet every query. Articles are
 * ints (their position in the store), added in increasing order; each posting holds the article and
 * the key's weight in it ({@link KeyWeights}). Not thread-safe for writes; reads may run
 * concurrently when no write does.
 */
final class KeyIndex {
  private static final long BUCKET_MIX = 0x9E3779B97F4A7C15L;

  // Shared-key counts by position, one array per reading thread: counting is linear in the
  // postings read, where sorting them all cost n log n on the hot keys of a large store.
  private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[0]);
  private static final ThreadLocal<long[]> OVERLAPS = ThreadLocal.withInitial(() -> new long[0]);

  private final int bucketDays;
  private final PostingMap all = new PostingMap();
  private final PostingMap dated = new PostingMap();
  private final PostingMap undated = new PostingMap();
  private int size;

  KeyIndex(int windowDays) {
    this.bucketDays = Math.max(1, windowDays);
  }

  /** Files {@code article} under {@code keys}, whose weights in it are {@code weights}. */
  void add(int article, long[] keys, int[] weights, LocalDate date) {
    for (int k = 0; k < keys.length; k++) {
      all.add(keys[k], article, weights[k]);
      if (date == null) {
        undated.add(keys[k], article, weights[k]);
      } else {
        dated.add(bucketKey(keys[k], bucket(date)), article, weights[k]);
      }
    }
    size = Math.max(size, article + 1);
  }

  /**
   * The articles sharing at least {@code minShared} keys with the query and possibly within its
   * window, whose key overlap with the query ({@link KeyWeights}: the sum over shared keys of the
   * products of the two weights) is at least {@code minOverlap} units; sorted, distinct.
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
        tally.add(all.get(keys[k]));
      } else {
        long bucket = bucket(date);
        for (long b = bucket - 1; b <= bucket + 1; b++) {
          tally.add(dated.get(bucketKey(keys[k], b)));
        }
        tally.add(undated.get(keys[k]));
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

  /** Adds one query key's postings to the shared-key counts and overlaps. */
  private record Tally(int weight, int[] counts, long[] overlaps, IntList touched) {
    void add(IntList postings) {
      if (postings == null) {
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

    void add(long key, int article, int weight) {
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
      lists[i].add(article);
      lists[i].add(weight);
      if (count * 2 > keys.length) {
        grow();
      }
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
