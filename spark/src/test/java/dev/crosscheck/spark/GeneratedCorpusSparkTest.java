package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Article;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the embedded run on a seeded, generated corpus that exercises what the
 * bundled example does not: copies dated across time-bucket edges and outside the window, undated
 * copies, a repeated id, bad lines, two inputs (a file and a folder), and empty input.
 */
class GeneratedCorpusSparkTest {
  private static final long SEED = 20260209L;
  private static final LocalDate START = LocalDate.of(2025, 3, 1);
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void seededCorpusGivesTheEmbeddedStoriesJson() throws Exception {
    Path corpus = Path.of("../examples/corpus").toAbsolutePath().normalize();
    Path generated = dir.resolve("generated.jsonl");
    Files.writeString(generated, generate(corpus), StandardCharsets.UTF_8);
    List<Path> inputs = List.of(generated, corpus);
    assertSame(inputs);
  }

  @Test
  void emptyFolderAndMissingInputAreRejectedAsInTheEmbeddedRun() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertSame(List.of(empty, dir.resolve("missing.jsonl")));
  }

  private static void assertSame(List<Path> inputs) {
    String embedded = new JsonResultWriter().stories(new Pipeline().run(inputs));
    String distributed =
        new SparkPipeline(LocalSpark.context(spark), 3)
            .run(inputs.stream().map(Path::toString).toList(), LocalDate.now(ZoneOffset.UTC))
            .storiesJson();
    assertThat(distributed).isEqualTo(embedded);
  }

  /** Copies and rewrites of the bundled articles under new ids and dates, plus bad lines. */
  private static String generate(Path corpus) throws Exception {
    List<Article> bases = new Pipeline().extract(List.of(corpus)).articles();
    Random random = new Random(SEED);
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    int[] offsets = {0, 1, 13, 14, 15, 27, 28, 29, 42, 90};
    for (int i = 0; i < 40; i++) {
      Article base = bases.get(random.nextInt(bases.size()));
      ObjectNode line = mapper.createObjectNode();
      line.put("id", "g" + i);
      line.put("title", base.title());
      line.put("text", random.nextBoolean() ? base.text() : dropSentence(base.text(), random));
      line.put("source", "outlet-" + random.nextInt(5));
      if (random.nextInt(5) > 0) {
        line.put("published", START.plusDays(offsets[random.nextInt(offsets.length)]).toString());
      }
      lines.add(mapper.writeValueAsString(line));
    }
    lines.add("{\"id\": \"g3\", \"text\": \"A repeated id is rejected, the first one kept.\"}");
    lines.add("{oops");
    lines.add("{\"id\": \"no-text\"}");
    return String.join("\n", lines) + "\n";
  }

  private static String dropSentence(String text, Random random) {
    List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=\\.) ")));
    if (sentences.size() > 2) {
      sentences.remove(random.nextInt(sentences.size()));
    }
    return String.join(" ", sentences);
  }
}
