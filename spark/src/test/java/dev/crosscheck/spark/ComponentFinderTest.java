package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ComponentFinderTest {
  private static SparkSession spark;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    sc = LocalSpark.context(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void chainsAndStarsAreLabelledByTheirLeastId() {
    List<Tuple2<String, String>> links =
        List.of(
            new Tuple2<>("c", "d"),
            new Tuple2<>("b", "c"),
            new Tuple2<>("a", "d"),
            new Tuple2<>("x", "z"),
            new Tuple2<>("y", "z"));
    Map<String, String> expected =
        Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x", "z", "x");
    assertThat(labels(links, 0)).isEqualTo(expected);
    assertThat(labels(links, 100)).isEqualTo(expected);
  }

  @Test
  void seededRandomGraphGivesTheSameLabelsOnTheDriverAndDistributed() {
    Random random = new Random(42);
    List<Tuple2<String, String>> links = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String a = "n" + random.nextInt(400);
      String b = "n" + random.nextInt(400);
      if (a.compareTo(b) < 0) {
        links.add(new Tuple2<>(a, b));
      }
    }
    assertThat(labels(links, 0)).isEqualTo(labels(links, 1_000));
  }

  @Test
  void noLinksGiveNoLabels() {
    assertThat(labels(List.of(), 0)).isEmpty();
    assertThat(labels(List.of(), 10)).isEmpty();
  }

  private static Map<String, String> labels(List<Tuple2<String, String>> links, long driverLinks) {
    return new TreeMap<>(
        new ComponentFinder(driverLinks)
            .components(sc.parallelizePairs(links, 3), 3)
            .collectAsMap());
  }
}
