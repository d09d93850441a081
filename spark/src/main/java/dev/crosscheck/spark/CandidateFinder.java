package dev.crosscheck.spark;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import java.util.ArrayList;
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
 * per key. Pairs are {@code (a, b)} with {@code a < b}.
 */
final class CandidateFinder implements java.io.Serializable {
  private static final long BUCKET_MIX = 0x9E3779B97F4A7C15L;
  private static final long UNDATED_BUCKET = Long.MIN_VALUE / 2;
  private static final char HOME = 'h';
  private static final char VISITOR = 'v';
  private static final char DATED = 'd';
  private static final char UNDATED = 'u';

  private final int bucketDays;

  CandidateFinder() {
    this.bucketDays = Math.max(1, LinkScorer.DEFAULT_WINDOW_DAYS);
  }

  /** The candidate pairs, distinct. */
  JavaPairRDD<String, String> candidates(JavaRDD<FeatureRow> features, int partitions) {
    JavaPairRDD<String, String> byKeys =
        features
            .flatMapToPair(this::keyMemberships)
            .groupByKey(partitions)
            .flatMapToPair(group -> keyPairs(group._2()).iterator())
            .mapToPair(pair -> new Tuple2<>(pair, 1))
            .reduceByKey(Integer::sum, partitions)
            .filter(counted -> counted._2() >= IncrementalClusterer.DEFAULT_MIN_SHARED_KEYS)
            .mapToPair(Tuple2::_1);
    JavaPairRDD<String, String> byBands =
        features
            .flatMapToPair(CandidateFinder::bandMemberships)
            .groupByKey(partitions)
            .flatMapToPair(group -> allPairs(group._2()).iterator());
    return byKeys.union(byBands).distinct(partitions);
  }

  private java.util.Iterator<Tuple2<Long, String>> keyMemberships(FeatureRow f) {
    List<Tuple2<Long, String>> out = new ArrayList<>();
    for (long key : f.keys()) {
      if (f.epochDay() == FeatureRow.NO_DAY) {
        out.add(new Tuple2<>(group(key, UNDATED_BUCKET), UNDATED + f.id()));
      } else {
        long bucket = Math.floorDiv(f.epochDay(), bucketDays);
        out.add(new Tuple2<>(group(key, bucket), HOME + f.id()));
        out.add(new Tuple2<>(group(key, bucket + 1), VISITOR + f.id()));
        out.add(new Tuple2<>(group(key, UNDATED_BUCKET), DATED + f.id()));
      }
    }
    return out.iterator();
  }

  private static java.util.Iterator<Tuple2<Long, String>> bandMemberships(FeatureRow f) {
    List<Tuple2<Long, String>> out = new ArrayList<>();
    int[] keys = f.bandKeys();
    for (int band = 0; band < keys.length; band++) {
      out.add(new Tuple2<>(((long) band << 32) | (keys[band] & 0xFFFFFFFFL), f.id()));
    }
    return out.iterator();
  }

  /**
   * The pairs of one key group: home with home and with visitors in a bucket group; undated with
   * undated and with dated in the undated group.
   */
  private static List<Tuple2<String, String>> keyPairs(Iterable<String> members) {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (String m : members) {
      char role = m.charAt(0);
      (role == HOME || role == UNDATED ? first : second).add(m.substring(1));
    }
    List<Tuple2<String, String>> pairs = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      for (int j = i + 1; j < first.size(); j++) {
        pairs.add(ordered(first.get(i), first.get(j)));
      }
      for (String other : second) {
        pairs.add(ordered(first.get(i), other));
      }
    }
    return pairs;
  }

  private static List<Tuple2<String, String>> allPairs(Iterable<String> members) {
    List<String> all = new ArrayList<>();
    members.forEach(all::add);
    List<Tuple2<String, String>> pairs = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        pairs.add(ordered(all.get(i), all.get(j)));
      }
    }
    return pairs;
  }

  private static Tuple2<String, String> ordered(String a, String b) {
    return a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
  }

  private static long group(long key, long bucket) {
    return key ^ ((bucket + 1) * BUCKET_MIX);
  }
}
