package dev.crosscheck.spark;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.KeyWeights;
import dev.crosscheck.cluster.LinkScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Finds every pair of articles the embedded {@link IncrementalClusterer} compares, as shuffles:
 * pairs sharing at least {@link IncrementalClusterer#DEFAULT_MIN_SHARED_KEYS} index keys in
 * neighbouring time buckets with a key overlap ({@link KeyWeights}) of at least {@link
 * IncrementalClusterer#DEFAULT_MIN_KEY_OVERLAP} (the clusterer's KeyIndex), or any LSH band key
 * (its LshIndex, compared on the same 32-bit band keys). Our banding, not MLlib's: the clusterer's
 * rule is what must be reproduced.
 *
 * <p>A dated article joins the group of each key in its own bucket ("home") and in the next
 * ("visitor"), so that two dated articles meet exactly when their buckets differ by at most one,
 * once per shared key; an undated article meets every article holding the key, in one more group
 * per key. Articles travel as int indexes, each with its weight for the key; partners as long
 * arrays (partner index, product of the two weights: integers, so the owner's sum does not depend
 * on the order partners arrive in) and pairs as one long ({@code a << 32 | b}, {@code a < b}): the
 * pair stage is the job's largest.
 *
 * <p>Hot keys as the clusterer's index has them: a key held by {@link
 * IncrementalClusterer#DEFAULT_HOT_KEY_POSTINGS} articles of one bucket (or of the undated ones) is
 * hot there ({@link #hotGroups}, counted over all articles and broadcast) and counts for no pair
 * with an article there. An article joins no group of a key hot in its own partition, nor a group
 * whose partition is hot for the key: so a hot group has no members, and its quadratic partner
 * lists are never built.
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

  private static final int BUCKET_DAYS = Math.max(1, LinkScorer.DEFAULT_WINDOW_DAYS);

  private final Broadcast<long[]> hot;

  /**
   * @param hot the hot groups, as {@link #hotGroups} gives them
   */
  CandidateFinder(Broadcast<long[]> hot) {
    this.hot = hot;
  }

  /**
   * The groups (a key in a bucket, or among the undated articles) holding at least {@code
   * hotPostings} articles, sorted: where the key is hot.
   */
  static long[] hotGroups(JavaPairRDD<Integer, FeatureRow> features, int hotPostings) {
    List<Long> found =
        features
            .flatMapToPair(
                f -> {
                  List<Tuple2<Long, Integer>> out = new ArrayList<>();
                  long own = bucket(f._2());
                  for (long key : f._2().keys()) {
                    out.add(new Tuple2<>(group(key, own), 1));
                  }
                  return out.iterator();
                })
            .reduceByKey(Integer::sum)
            .filter(g -> g._2() >= hotPostings)
            .keys()
            .collect();
    long[] groups = found.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(groups);
    return groups;
  }

  /** The keys of {@code f} that are not hot in its own partition, in order. */
  static long[] coldKeys(FeatureRow f, long[] hotGroups) {
    long own = bucket(f);
    return Arrays.stream(f.keys()).filter(key -> !isHot(hotGroups, group(key, own))).toArray();
  }

  private static boolean isHot(long[] hotGroups, long group) {
    return Arrays.binarySearch(hotGroups, group) >= 0;
  }

  /** The article's bucket, or {@link #UNDATED_BUCKET}. */
  private static long bucket(FeatureRow f) {
    return f.epochDay() == FeatureRow.NO_DAY
        ? UNDATED_BUCKET
        : Math.floorDiv(f.epochDay(), BUCKET_DAYS);
  }

  /**
   * The candidate pairs of article indexes, distinct, each as {@link #pair}. As the clusterer's
   * index does per article, each pair's shared keys are counted at its lesser article, over the
   * partner lists its key groups send it (primitive arrays: one record per article and group).
   */
  JavaRDD<Long> candidates(JavaPairRDD<Integer, FeatureRow> features, int partitions) {
    JavaPairRDD<Integer, long[]> byKeys =
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
      int owner, Iterable<long[]> keyPartners, Iterable<int[]> bandPartners) {
    int total = 0;
    for (long[] partners : keyPartners) {
      total += partners.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] partners : keyPartners) {
      System.arraycopy(partners, 0, all, at, partners.length);
      at += partners.length;
    }
    Arrays.sort(all);
    long minOverlap = KeyWeights.units(IncrementalClusterer.DEFAULT_MIN_KEY_OVERLAP);
    java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
    for (int k = 0; k < all.length; ) {
      int partner = (int) (all[k] >>> 32);
      int run = k;
      long overlap = 0;
      while (run < all.length && (int) (all[run] >>> 32) == partner) {
        overlap += (int) all[run];
        run++;
      }
      if (run - k >= IncrementalClusterer.DEFAULT_MIN_SHARED_KEYS && overlap >= minOverlap) {
        found.add(partner);
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

  /** The key groups of one article: members as {@code (index << 2 | role) << 32 | weight}. */
  private Iterator<Tuple2<Long, Long>> keyMemberships(int index, FeatureRow f) {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException(
          "article index (" + index + ") must be in [0, " + MAX_INDEX + "]");
    }
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    long[] keys = f.keys();
    int[] weights = KeyWeights.of(f.features());
    long[] hotGroups = hot.value();
    long bucket = bucket(f);
    for (int k = 0; k < keys.length; k++) {
      long key = keys[k];
      if (isHot(hotGroups, group(key, bucket))) {
        continue;
      }
      if (bucket == UNDATED_BUCKET) {
        out.add(new Tuple2<>(group(key, UNDATED_BUCKET), member(index, UNDATED, weights[k])));
      } else {
        out.add(new Tuple2<>(group(key, bucket), member(index, HOME, weights[k])));
        // The next bucket's and the undated articles' groups only where the key is cold there.
        if (!isHot(hotGroups, group(key, bucket + 1))) {
          out.add(new Tuple2<>(group(key, bucket + 1), member(index, VISITOR, weights[k])));
        }
        if (!isHot(hotGroups, group(key, UNDATED_BUCKET))) {
          out.add(new Tuple2<>(group(key, UNDATED_BUCKET), member(index, DATED, weights[k])));
        }
      }
    }
    return out.iterator();
  }

  private static long member(int index, int role, int weight) {
    return ((long) (index << 2 | role) << 32) | weight;
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
   * Each member's partners of greater index in one key group, with the products of the two weights:
   * home with home and with visitors in a bucket group; undated with undated and with dated in the
   * undated group.
   */
  private static Iterator<Tuple2<Integer, long[]>> keyPartners(Iterable<Long> members) {
    IntList first = new IntList();
    IntList second = new IntList();
    for (long m : members) {
      int role = (int) (m >>> 32) & 3;
      IntList list = role == HOME || role == UNDATED ? first : second;
      list.add((int) (m >>> 34));
      list.add((int) m);
    }
    List<Tuple2<Integer, long[]>> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i += 2) {
      LongList partners = new LongList();
      first.addGreater(first.get(i), first.get(i + 1), partners);
      second.addGreater(first.get(i), first.get(i + 1), partners);
      if (partners.size() > 0) {
        out.add(new Tuple2<>(first.get(i), partners.toArray()));
      }
    }
    for (int i = 0; i < second.size(); i += 2) {
      LongList partners = new LongList();
      first.addGreater(second.get(i), second.get(i + 1), partners);
      if (partners.size() > 0) {
        out.add(new Tuple2<>(second.get(i), partners.toArray()));
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
        values = Arrays.copyOf(values, size * 2);
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

    /**
     * Of a list of (index, weight) pairs, adds to {@code out} each index greater than {@code than}
     * with the product of its weight and {@code weight}: {@code index << 32 | product}.
     */
    void addGreater(int than, int weight, LongList out) {
      for (int k = 0; k < size; k += 2) {
        if (values[k] > than) {
          out.add(((long) values[k] << 32) | ((long) weight * values[k + 1]));
        }
      }
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
