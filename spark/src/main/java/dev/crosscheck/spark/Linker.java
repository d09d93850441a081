package dev.crosscheck.spark;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Scores candidate pairs with the engine's {@link LinkScorer} and keeps the links: pairs scoring at
 * least {@link IncrementalClusterer#DEFAULT_LINK_THRESHOLD}. As in the clusterer, which adds
 * articles in id order, the later id is scored against the earlier one.
 */
final class Linker {
  private static final LinkScorer SCORER = new LinkScorer();

  /**
   * The links among {@code candidates} (pairs of indexes, see {@link CandidateFinder#pair}), given
   * features by index (partitioned, so the joins move only the pairs): pairs of ids, lesser first.
   */
  JavaPairRDD<String, String> links(
      JavaRDD<Long> candidates, JavaPairRDD<Integer, FeatureRow> features) {
    return candidates
        .mapToPair(p -> new Tuple2<>(CandidateFinder.first(p), CandidateFinder.second(p)))
        .join(features)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
        .join(features)
        .filter(p -> linked(p._2()._1(), p._2()._2()))
        .mapToPair(p -> ordered(p._2()._1().id(), p._2()._2().id()));
  }

  /** Whether two articles link, the later id scored against the earlier as the clusterer does. */
  private static boolean linked(FeatureRow a, FeatureRow b) {
    boolean aLater = a.id().compareTo(b.id()) > 0;
    FeatureRow later = aLater ? a : b;
    FeatureRow earlier = aLater ? b : a;
    return SCORER.score(later.features(), earlier.features())
        >= IncrementalClusterer.DEFAULT_LINK_THRESHOLD;
  }

  private static Tuple2<String, String> ordered(String a, String b) {
    return a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
  }
}
