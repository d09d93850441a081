package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
    Path warc = Files.createDirectories(dir.resolve("warc")).resolve("pages.warc");
    Files.write(warc, warc(new Pipeline().extract(List.of(corpus)).articles()));
    List<Path> inputs = List.of(generated, corpus, warc.getParent());
    JsonNode stories = new ObjectMapper().readTree(assertSame(inputs));
    List<String> inputsRead = new ArrayList<>();
    stories.get("articles").forEach(a -> inputsRead.add(a.get("input").asText()));
    assertThat(inputsRead).filteredOn(i -> i.contains("pages.warc")).hasSize(3);
    assertThat(stories.get("rejected")).hasSize(3);
    assertThat(stories.get("stories").get(0).get("articles").size()).isGreaterThan(5);
  }

  @Test
  void parquetInputGivesTheStoriesOfTheSameJsonLines() throws Exception {
    Path corpus = Path.of("../examples/corpus").toAbsolutePath().normalize();
    Path generated = dir.resolve("generated.jsonl");
    Files.writeString(generated, generate(corpus), StandardCharsets.UTF_8);
    Path parquet = dir.resolve("generated.parquet");
    spark
        .read()
        .json(generated.toString())
        .coalesce(1)
        .write()
        .parquet(dir.resolve("written").toString());
    try (var parts = Files.list(dir.resolve("written"))) {
      Files.copy(
          parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), parquet);
    }
    JsonNode embedded =
        new ObjectMapper()
            .readTree(new JsonResultWriter().stories(new Pipeline().run(List.of(generated))));
    JsonNode distributed =
        new ObjectMapper()
            .readTree(
                new SparkPipeline(LocalSpark.context(spark), 3)
                    .run(List.of(parquet.toString()), LocalDate.now(ZoneOffset.UTC))
                    .storiesJson());
    assertThat(storyFields(distributed, "articles")).isEqualTo(storyFields(embedded, "articles"));
    assertThat(storyFields(distributed, "origins")).isEqualTo(storyFields(embedded, "origins"));
    assertThat(storyFields(distributed, "articles")).hasSizeGreaterThan(1);
  }

  private static List<JsonNode> storyFields(JsonNode storiesJson, String field) {
    List<JsonNode> values = new ArrayList<>();
    storiesJson.get("stories").forEach(s -> values.add(s.get(field)));
    return values;
  }

  /** A WARC of HTML responses: some bundled articles as pages under new addresses. */
  private static byte[] warc(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(3, articles.size()); i++) {
      Article a = articles.get(i);
      StringBuilder html = new StringBuilder("<html><head><title>" + a.title() + "</title>");
      html.append("</head><body><article><h1>").append(a.title()).append("</h1>");
      a.paragraphs().forEach(p -> html.append("<p>").append(p).append("</p>"));
      html.append("</article></body></html>");
      byte[] payload = html.toString().getBytes(StandardCharsets.UTF_8);
      String http =
          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
              + payload.length
              + "\r\n\r\n";
      String block = http + html;
      int length = block.getBytes(StandardCharsets.UTF_8).length;
      out.append("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:")
          .append(java.util.UUID.nameUUIDFromBytes(("warc" + i).getBytes(StandardCharsets.UTF_8)))
          .append(">\r\nWARC-Date: 2025-03-0")
          .append(i + 1)
          .append("T10:00:00Z\r\nWARC-Target-URI: https://example.org/news/page-")
          .append(i)
          .append("\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: ")
          .append(length)
          .append("\r\n\r\n")
          .append(block)
          .append("\r\n\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyFolderAndMissingInputAreRejectedAsInTheEmbeddedRun() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertSame(List.of(empty, dir.resolve("missing.jsonl")));
  }

  /** Asserts that the Spark job writes the embedded run's stories.json, and returns it. */
  private static String assertSame(List<Path> inputs) {
    String embedded = new JsonResultWriter().stories(new Pipeline().run(inputs));
    String distributed =
        new SparkPipeline(LocalSpark.context(spark), 3)
            .run(inputs.stream().map(Path::toString).toList(), LocalDate.now(ZoneOffset.UTC))
            .storiesJson();
    assertThat(distributed).isEqualTo(embedded);
    return embedded;
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
