package dev.crosscheck.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index of article keys (salient words and entities), partitioned by time: a dated
 * article is filed under its key and its window-sized time bucket, so that a dated query reads only
 * the neighbouring buckets; undated articles are filed apart and meet every query. Articles are
 * ints (their position in the store). Not thread-safe for writes; reads may run concurrently when
 * no write does.
 */
final class KeyIndex {
  private static final long BUCKET_MIX = 0x9E3779B97F4A7C15L;

  private final int bucketDays;
  private final Map<Long, IntList> all = new HashMap<>();
  private final Map<Long, IntList> dated = new HashMap<>();
  private final Map<Long, IntList> undated = new HashMap<>();

  KeyIndex(int windowDays) {
    this.bucketDays = Math.max(1, windowDays);
  }

  void add(int article, long[] keys, LocalDate date) {
    for (long key : keys) {
      all.computeIfAbsent(key, k -> new IntList()).add(article);
      if (date == null) {
        undated.computeIfAbsent(key, k -> new IntList()).add(article);
      } else {
        dated.computeIfAbsent(bucketKey(key, bucket(date)), k -> new IntList()).add(article);
      }
    }
  }

  /**
   * The articles sharing at least {@code minShared} keys with the query and possibly within its
   * window, sorted, distinct.
   */
  int[] candidates(long[] keys, LocalDate date, int minShared) {
    IntList found = new IntList(64);
    for (long key : keys) {
      if (date == null) {
        append(all.get(key), found);
      } else {
        long bucket = bucket(date);
        for (long b = bucket - 1; b <= bucket + 1; b++) {
          append(dated.get(bucketKey(key, b)), found);
        }
        append(undated.get(key), found);
      }
    }
    int[] all = found.toArray();
    Arrays.sort(all);
    IntList result = new IntList(all.length / 2 + 1);
    for (int i = 0; i < all.length; ) {
      int j = i;
      while (j < all.length && all[j] == all[i]) {
        j++;
      }
      if (j - i >= minShared) {
        result.add(all[i]);
      }
      i = j;
    }
    return result.toArray();
  }

  private static void append(IntList postings, IntList found) {
    if (postings != null) {
      for (int i = 0; i < postings.size(); i++) {
        found.add(postings.get(i));
      }
    }
  }

  private long bucket(LocalDate date) {
    return Math.floorDiv(date.toEpochDay(), bucketDays);
  }

  private static long bucketKey(long key, long bucket) {
    return key ^ ((bucket + 1) * BUCKET_MIX);
  }
}
