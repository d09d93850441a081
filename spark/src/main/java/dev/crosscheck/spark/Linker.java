package dev.crosscheck.spark;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Scores candidate pairs with the engine's {@link LinkScorer} and keeps the links: pairs scoring at
 * least {@link IncrementalClusterer#DEFAULT_LINK_THRESHOLD}. As in the clusterer, which adds
 * articles in id order, the later id is scored against the earlier one.
 */
final class Linker {
  private static final LinkScorer SCORER = new LinkScorer();

  /**
   * The links among {@code candidates} ({@code a < b}), given features by id (partitioned, so the
   * joins move only the pairs).
   */
  JavaPairRDD<String, String> links(
      JavaPairRDD<String, String> candidates, JavaPairRDD<String, FeatureRow> features) {
    return candidates
        .join(features)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
        .join(features)
        .filter(p -> linked(p._2()._2(), p._2()._1()))
        .mapToPair(p -> new Tuple2<>(p._2()._1().id(), p._1()));
  }

  private static boolean linked(FeatureRow later, FeatureRow earlier) {
    return SCORER.score(later.features(), earlier.features())
        >= IncrementalClusterer.DEFAULT_LINK_THRESHOLD;
  }
}
