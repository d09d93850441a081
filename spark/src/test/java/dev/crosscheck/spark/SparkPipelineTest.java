package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkPipelineTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void bundledExampleGivesTheEmbeddedStoriesJson() {
    Path corpus = Path.of("../examples/corpus").toAbsolutePath().normalize();
    String embedded = new JsonResultWriter().stories(new Pipeline().run(List.of(corpus)));
    SparkResult result =
        new SparkPipeline(LocalSpark.context(spark), 4)
            .run(List.of(corpus.toString()), LocalDate.now(ZoneOffset.UTC));
    assertThat(result.storiesJson()).isEqualTo(embedded);
  }
}
