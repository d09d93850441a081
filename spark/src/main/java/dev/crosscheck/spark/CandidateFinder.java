package dev.crosscheck.spark;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Finds every pair of articles the embedded {@link IncrementalClusterer} compares, as shuffles:
 * pairs sharing at least {@link IncrementalClusterer#DEFAULT_MIN_SHARED_KEYS} index keys in
 * neighbouring time buckets (the clusterer's KeyIndex), or any LSH band key (its LshIndex, compared
 * on the same 32-bit band keys). Our banding, not MLlib's: the clusterer's rule is what must be
 * reproduced.
 *
 * <p>A dated article joins the group of each key in its own bucket ("home") and in the next
 * ("visitor"), so that two dated articles meet exactly when their buckets differ by at most one,
 * once per shared key; an undated article meets every article holding the key, in one more group
 * per key. Articles travel as int indexes, partners as int arrays and pairs as one long ({@code a
 * << 32 | b}, {@code a < b}): the pair stage is the job's largest.
 */
final class CandidateFinder implements java.io.Serializable {
  /** Articles numbered beyond this do not fit the 2-bit role beside the index. */
  static final int MAX_INDEX = (1 << 29) - 1;

  private static final long BUCKET_MIX = 0x9E3779B97F4A7C15L;
  private static final long UNDATED_BUCKET = Long.MIN_VALUE / 2;
  private static final int HOME = 0;
  private static final int VISITOR = 1;
  private static final int DATED = 2;
  private static final int UNDATED = 3;

  private final int bucketDays;

  CandidateFinder() {
    this.bucketDays = Math.max(1, LinkScorer.DEFAULT_WINDOW_DAYS);
  }

  /**
   * The candidate pairs of article indexes, distinct, each as {@link #pair}. As the clusterer's
   * index does per article, each pair's shared keys are counted at its lesser article, over the
   * partner lists its key groups send it (primitive arrays: one record per article and group).
   */
  JavaRDD<Long> candidates(JavaPairRDD<Integer, FeatureRow> features, int partitions) {
    JavaPairRDD<Integer, int[]> byKeys =
        features
            .flatMapToPair(f -> keyMemberships(f._1(), f._2()))
            .groupByKey(partitions)
            .flatMapToPair(group -> keyPartners(group._2()));
    JavaPairRDD<Integer, int[]> byBands =
        features
            .flatMapToPair(f -> bandMemberships(f._1(), f._2()))
            .groupByKey(partitions)
            .flatMapToPair(group -> bandPartners(group._2()));
    return byKeys
        .cogroup(byBands, partitions)
        .flatMap(owner -> candidatesOf(owner._1(), owner._2()._1(), owner._2()._2()));
  }

  /** The partners of {@code owner}: those sharing enough keys, and those sharing a band. */
  private static Iterator<Long> candidatesOf(
      int owner, Iterable<int[]> keyPartners, Iterable<int[]> bandPartners) {
    int total = 0;
    for (int[] partners : keyPartners) {
      total += partners.length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] partners : keyPartners) {
      System.arraycopy(partners, 0, all, at, partners.length);
      at += partners.length;
    }
    java.util.Arrays.sort(all);
    java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
    for (int k = 0; k < all.length; ) {
      int run = k;
      while (run < all.length && all[run] == all[k]) {
        run++;
      }
      if (run - k >= IncrementalClusterer.DEFAULT_MIN_SHARED_KEYS) {
        found.add(all[k]);
      }
      k = run;
    }
    for (int[] partners : bandPartners) {
      for (int p : partners) {
        found.add(p);
      }
    }
    return found.stream().map(p -> pair(owner, p)).iterator();
  }

  /** The pair of two article indexes as one long, the lesser index first. */
  static long pair(int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return ((long) low << 32) | high;
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }

  private Iterator<Tuple2<Long, Integer>> keyMemberships(int index, FeatureRow f) {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException(
          "article index (" + index + ") must be in [0, " + MAX_INDEX + "]");
    }
    List<Tuple2<Long, Integer>> out = new ArrayList<>();
    for (long key : f.keys()) {
      if (f.epochDay() == FeatureRow.NO_DAY) {
        out.add(new Tuple2<>(group(key, UNDATED_BUCKET), index << 2 | UNDATED));
      } else {
        long bucket = Math.floorDiv(f.epochDay(), bucketDays);
        out.add(new Tuple2<>(group(key, bucket), index << 2 | HOME));
        out.add(new Tuple2<>(group(key, bucket + 1), index << 2 | VISITOR));
        out.add(new Tuple2<>(group(key, UNDATED_BUCKET), index << 2 | DATED));
      }
    }
    return out.iterator();
  }

  private static Iterator<Tuple2<Long, Integer>> bandMemberships(int index, FeatureRow f) {
    List<Tuple2<Long, Integer>> out = new ArrayList<>();
    int[] keys = f.bandKeys();
    for (int band = 0; band < keys.length; band++) {
      out.add(new Tuple2<>(((long) band << 32) | (keys[band] & 0xFFFFFFFFL), index));
    }
    return out.iterator();
  }

  /**
   * Each member's partners of greater index in one key group: home with home and with visitors in a
   * bucket group; undated with undated and with dated in the undated group.
   */
  private static Iterator<Tuple2<Integer, int[]>> keyPartners(Iterable<Integer> members) {
    IntList first = new IntList();
    IntList second = new IntList();
    for (int m : members) {
      int role = m & 3;
      (role == HOME || role == UNDATED ? first : second).add(m >>> 2);
    }
    List<Tuple2<Integer, int[]>> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      int a = first.get(i);
      IntList partners = new IntList();
      first.addGreater(a, partners);
      second.addGreater(a, partners);
      if (partners.size() > 0) {
        out.add(new Tuple2<>(a, partners.toArray()));
      }
    }
    for (int i = 0; i < second.size(); i++) {
      int a = second.get(i);
      IntList partners = new IntList();
      first.addGreater(a, partners);
      if (partners.size() > 0) {
        out.add(new Tuple2<>(a, partners.toArray()));
      }
    }
    return out.iterator();
  }

  /** Each member's partners of greater index in one band group. */
  private static Iterator<Tuple2<Integer, int[]>> bandPartners(Iterable<Integer> members) {
    IntList all = new IntList();
    members.forEach(all::add);
    List<Tuple2<Integer, int[]>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      IntList partners = new IntList();
      all.addGreater(all.get(i), partners);
      if (partners.size() > 0) {
        out.add(new Tuple2<>(all.get(i), partners.toArray()));
      }
    }
    return out.iterator();
  }

  private static long group(long key, long bucket) {
    return key ^ ((bucket + 1) * BUCKET_MIX);
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    /** Adds to {@code out} the values greater than {@code than}. */
    void addGreater(int than, IntList out) {
      for (int k = 0; k < size; k++) {
        if (values[k] > than) {
          out.add(values[k]);
        }
      }
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
