package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job against the embedded run on the development corpora of {@code ../shared}: the same
 * partition of articles into stories, the same lineage groups, and the same {@code stories.json}.
 */
@Tag("shared")
class SharedCorporaSparkTest {
  private static final Path DATA = Path.of("../../shared/data/stories");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"newswcl50", "allsides-val"})
  void sparkStoriesEqualTheEmbeddedRun(String corpus) throws Exception {
    Path articles = DATA.resolve(corpus).resolve("articles.jsonl").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(articles), "no " + articles);
    String embedded = new JsonResultWriter().stories(new Pipeline().run(List.of(articles)));
    String distributed =
        new SparkPipeline(LocalSpark.context(spark), 4)
            .run(List.of(articles.toString()), LocalDate.now(ZoneOffset.UTC))
            .storiesJson();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected = mapper.readTree(embedded);
    JsonNode actual = mapper.readTree(distributed);
    assertThat(field(actual, "articles")).isEqualTo(field(expected, "articles"));
    assertThat(field(actual, "origins")).isEqualTo(field(expected, "origins"));
    assertThat(distributed).isEqualTo(embedded);
  }

  /** Each story's {@code field} (its article ids, its lineage groups), in story order. */
  private static List<JsonNode> field(JsonNode storiesJson, String field) {
    List<JsonNode> values = new ArrayList<>();
    storiesJson.get("stories").forEach(s -> values.add(s.get(field)));
    return values;
  }
}
