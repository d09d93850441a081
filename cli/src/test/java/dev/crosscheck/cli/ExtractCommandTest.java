package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static dev.crosscheck.cli.Cli.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck extract}: one line per input document with the contract fields. */
class ExtractCommandTest {
  static final List<String> FIELDS =
      List.of("id", "input", "title", "byline", "published", "language", "text");

  static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Harbor ferry resumes service | The Riverton Post</title>
      <meta property="og:title" content="Harbor ferry resumes service">
      <meta name="author" content="Lena Ortiz">
      <meta property="article:published_time" content="2024-05-02T09:30:00Z">
      </head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <article>
      <h1>Harbor ferry resumes service</h1>
      <p>The harbor ferry between Riverton and Gull Island resumed service on Thursday after a
      three-week repair of its main engine, the port authority said.</p>
      <p>The first crossing left the north pier at seven in the morning with about eighty
      passengers on board, most of them commuters who had used a slower bus route.</p>
      <p>Port director Samuel Keane said the ferry would run every forty minutes until the end
      of the summer season.</p>
      </article>
      <footer><p>Copyright 2024 The Riverton Post. All rights reserved.</p></footer>
      </body></html>
      """;

  @TempDir Path temp;

  @Test
  void oneLinePerInputWithExactlyTheContractFields() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Cli.copyFixture("original.txt", dir, "original.txt");
    Files.writeString(dir.resolve("ferry.html"), HTML, StandardCharsets.UTF_8);
    Path out = temp.resolve("articles.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", dir, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).isEmpty();
    List<JsonNode> lines = Cli.readJsonLines(out);
    assertThat(lines).hasSize(2);
    for (JsonNode line : lines) {
      assertThat(fields(line)).as(line.toString()).containsExactlyElementsOf(FIELDS);
    }
    Map<String, JsonNode> byId = byId(lines);
    assertThat(byId).containsOnlyKeys("original", "ferry");
    JsonNode text = byId.get("original");
    assertThat(text.get("input").asText()).isEqualTo(dir.resolve("original.txt").toString());
    assertThat(text.get("title").asText())
        .isEqualTo("River Bridge Closed After Cracks Found in Main Span");
    assertThat(text.get("byline").asText()).isEqualTo("Maria Lopez");
    assertThat(text.get("published").asText()).startsWith("2024-03-03");
    assertThat(text.get("language").asText()).isEqualTo("en");
    assertThat(text.get("text").asText())
        .startsWith("City engineers closed the Old River Bridge")
        .contains(
            "main span.\n\nThe bridge carries about 40,000 vehicles", "state infrastructure fund.")
        .doesNotContain("Maria Lopez");
  }

  @Test
  void htmlBodyOnlyWithMetadata() throws IOException {
    Path html = Files.writeString(temp.resolve("ferry.html"), HTML, StandardCharsets.UTF_8);
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", html, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode line = Cli.readJsonLines(out).get(0);
    assertThat(line.get("id").asText()).isEqualTo("ferry");
    assertThat(line.get("title").asText()).isEqualTo("Harbor ferry resumes service");
    assertThat(line.get("byline").asText()).isEqualTo("Lena Ortiz");
    assertThat(line.get("published").asText()).startsWith("2024-05-02");
    String text = line.get("text").asText();
    assertThat(text.split("\n\n")).hasSize(3);
    assertThat(text)
        .startsWith("The harbor ferry between Riverton")
        .endsWith("summer season.")
        .doesNotContain("Home")
        .doesNotContain("All rights reserved");
  }

  @Test
  void gzippedHtmlWithDotsInTheNameGetsTheContractId() throws IOException {
    Path gz = temp.resolve("a.b-c.html.gz");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
      os.write(HTML.getBytes(StandardCharsets.UTF_8));
    }
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", gz, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    List<JsonNode> lines = Cli.readJsonLines(out);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a.b-c");
    assertThat(lines.get(0).get("input").asText()).isEqualTo(gz.toString());
    assertThat(lines.get(0).get("text").asText()).contains("Gull Island");
  }

  @Test
  void idsDropOnlyTheRecognizedExtensions() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    String body = Cli.fixture("unrelated.txt");
    Files.writeString(dir.resolve("2024.05.report.txt"), body, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("page.HTM"), HTML, StandardCharsets.UTF_8);
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", dir, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(byId(Cli.readJsonLines(out))).containsOnlyKeys("2024.05.report", "page");
  }

  @Test
  void jsonLinesRecordsKeepTheirIds() throws IOException {
    Path jsonl = temp.resolve("records.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"rec-7\", \"title\": \"Museum opens new wing\", \"source\": \"Post\","
            + " \"published\": \"2024-06-01\", \"language\": \"en\", \"text\": \"The city museum"
            + " opened a new wing for modern art on Sunday.\\n\\nEntry is free for the first"
            + " month.\", \"extra\": 1}\n"
            + "not json\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", jsonl, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(jsonl + ":2");
    List<JsonNode> lines = Cli.readJsonLines(out);
    assertThat(lines).hasSize(1);
    JsonNode line = lines.get(0);
    assertThat(fields(line)).containsExactlyElementsOf(FIELDS);
    assertThat(line.get("id").asText()).isEqualTo("rec-7");
    assertThat(line.get("input").asText()).isEqualTo(jsonl + ":1");
    assertThat(line.get("title").asText()).isEqualTo("Museum opens new wing");
    assertThat(line.get("published").asText()).isEqualTo("2024-06-01");
    assertThat(line.get("text").asText())
        .isEqualTo(
            "The city museum opened a new wing for modern art on Sunday.\n\n"
                + "Entry is free for the first month.");
  }

  @Test
  void badInputsAreReportedAndTheRestIsExtracted() throws IOException {
    Path good = Cli.copyFixture("original.txt", temp, "original.txt");
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    Path missing = temp.resolve("missing.txt");
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("extract", "--input", empty, good, missing, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).contains(empty.toString(), "empty");
    assertThat(r.errLines().get(1)).contains(missing.toString(), "no such file");
    assertThat(Cli.readJsonLines(out)).hasSize(1);
  }

  @Test
  void noReadableInputWritesAnEmptyFile() throws IOException {
    Path out = temp.resolve("out.jsonl");

    Cli.Result r =
        Cli.execute(args("extract", "--input", temp.resolve("missing.txt"), "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(1);
    assertThat(out).exists();
    assertThat(Files.readString(out)).isEmpty();
  }

  private static Map<String, JsonNode> byId(List<JsonNode> lines) {
    Map<String, JsonNode> byId = new HashMap<>();
    lines.forEach(n -> byId.put(n.get("id").asText(), n));
    return byId;
  }
}
