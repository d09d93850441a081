package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.model.Article;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * Regression: the per-component clusterer must index the MinHash signatures again, or copies that
   * meet only through LSH (no salient words: too few index keys) fall apart into two stories.
   */
  @Test
  void copiesThatMeetOnlyThroughLshStayOneStory(@TempDir Path dir) throws Exception {
    // Only words in more than one background article in 12 (no index keys), no names.
    String text =
        "The president said on tuesday that the state report was the first of the white house"
            + " reports. The democrat and republican senate said on monday that the former"
            + " administration would call a national vote. On wednesday and thursday american"
            + " officials said the federal election report was the first the president announced."
            + " On friday people said it was time for the vote.";
    Path input = dir.resolve("common.jsonl");
    Files.writeString(
        input,
        "{\"id\": \"a\", \"text\": \""
            + text
            + "\"}\n{\"id\": \"b\", \"text\": \""
            + text
            + "\"}\n",
        StandardCharsets.UTF_8);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Article a = new Pipeline().extract(List.of(input)).articles().get(0);
    assertThat(Engine.features(today).extract(a).keys())
        .as("index keys: the pair must meet through LSH only")
        .hasSizeLessThan(IncrementalClusterer.DEFAULT_MIN_SHARED_KEYS);
    String embedded = new JsonResultWriter().stories(new Pipeline().run(List.of(input)));
    String distributed =
        new SparkPipeline(LocalSpark.context(spark), 2)
            .run(List.of(input.toString()), today)
            .storiesJson();
    assertThat(new ObjectMapper().readTree(embedded).get("stories")).hasSize(1);
    assertThat(distributed).isEqualTo(embedded);
  }
}
