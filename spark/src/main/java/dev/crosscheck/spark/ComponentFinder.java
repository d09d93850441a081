package dev.crosscheck.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of the link graph by minimum-label propagation: every linked article starts
 * with its own id as label and takes the least label among its neighbours until none changes, so
 * each component ends labelled by its least id. Rounds grow with the components' diameter, which
 * for stories is small.
 */
final class ComponentFinder {
  /** Rounds after which the job fails rather than loop (a diameter no story reaches). */
  static final int MAX_ROUNDS = 200;

  /** The label (least member id) of every article that has a link; unlinked ones are absent. */
  JavaPairRDD<String, String> components(JavaPairRDD<String, String> links, int partitions) {
    JavaPairRDD<String, String> edges =
        links
            .flatMapToPair(
                l ->
                    java.util.List.of(new Tuple2<>(l._1(), l._2()), new Tuple2<>(l._2(), l._1()))
                        .iterator())
            .partitionBy(new org.apache.spark.HashPartitioner(partitions))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        edges.mapValues(v -> v).union(edges.mapToPair(e -> new Tuple2<>(e._1(), e._1())));
    labels =
        labels
            .reduceByKey(ComponentFinder::least, partitions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<String, String> next =
          edges
              .join(labels)
              .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
              .union(labels)
              .reduceByKey(ComponentFinder::least, partitions)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(p -> !p._2()._1().equals(p._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        edges.unpersist(false);
        return labels;
      }
    }
    throw new IllegalStateException(
        "connected components did not settle in " + MAX_ROUNDS + " rounds");
  }

  private static String least(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
