package dev.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of the link graph, each labelled by its least article id. A graph of up to
 * {@link #DEFAULT_DRIVER_LINKS} links is gathered on the driver and joined there (union-find: one
 * job); a larger one is labelled by minimum-label propagation, where every linked article takes the
 * least label among its neighbours until none changes (rounds grow with the components' diameter,
 * which for stories is small).
 */
final class ComponentFinder implements Serializable {
  /** Rounds after which the job fails rather than loop (a diameter no story reaches). */
  static final int MAX_ROUNDS = 200;

  /** Most links joined on the driver: about 100 MB of ids there. */
  static final long DEFAULT_DRIVER_LINKS = 1_000_000;

  private final long driverLinks;

  ComponentFinder() {
    this(DEFAULT_DRIVER_LINKS);
  }

  /**
   * @param driverLinks most links joined on the driver, >= 0 (0: always distributed)
   */
  ComponentFinder(long driverLinks) {
    if (driverLinks < 0) {
      throw new IllegalArgumentException("driverLinks (" + driverLinks + ") must be >= 0");
    }
    this.driverLinks = driverLinks;
  }

  /** The label (least member id) of every article that has a link; unlinked ones are absent. */
  JavaPairRDD<String, String> components(JavaPairRDD<String, String> links, int partitions) {
    links.persist(StorageLevel.MEMORY_AND_DISK());
    if (links.count() <= driverLinks) {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(links.context());
      return sc.parallelizePairs(onDriver(links.collect()), partitions);
    }
    return propagated(links, partitions);
  }

  /** Union-find over the links, each member labelled by its component's least id. */
  static List<Tuple2<String, String>> onDriver(List<Tuple2<String, String>> links) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> link : links) {
      String a = root(parent, link._1());
      String b = root(parent, link._2());
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, least(a, b));
      }
    }
    List<Tuple2<String, String>> labels = new ArrayList<>(parent.size());
    for (String id : parent.keySet()) {
      labels.add(new Tuple2<>(id, root(parent, id)));
    }
    return labels;
  }

  private static String root(Map<String, String> parent, String id) {
    String x = parent.computeIfAbsent(id, k -> k);
    while (!x.equals(parent.get(x))) {
      String up = parent.get(parent.get(x));
      parent.put(x, up);
      x = up;
    }
    return x;
  }

  private JavaPairRDD<String, String> propagated(
      JavaPairRDD<String, String> links, int partitions) {
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
