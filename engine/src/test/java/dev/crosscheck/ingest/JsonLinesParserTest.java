package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import dev.crosscheck.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesParserTest {
  @TempDir Path dir;

  @Test
  void readsGoodLinesAndRejectsEachBadLineWithItsNumber() throws IOException {
    Path file =
        write(
            String.join(
                "\n",
                "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body a\",\"source\":\"S\",\"url\":\"http://x/a\","
                    + "\"published\":\"2025-02-17\",\"language\":\"en\",\"extra\":{\"x\":1}}",
                "{\"id\":\"b\",\"text\":\"plain\",\"html\":\"<p>wins</p>\","
                    + "\"published\":\"2025-02-17T10:00:00+01:00\"}",
                "",
                "{\"id\":\"c\",\"text\":",
                "{\"text\":\"no id\"}",
                "{\"id\":\"d\"}",
                "{\"id\":\"e\",\"text\":\"x\",\"published\":\"17/02/2025\"}",
                "[1,2]",
                "{\"id\":\"f\",\"text\":\"x\"} trailing",
                "   ",
                "{\"id\":\"g\",\"text\":\"last\"}\r",
                ""));

    IngestResult result = new DocumentReader().read(List.of(file));

    assertThat(result.documents())
        .containsExactly(
            new RawDocument(
                "a",
                file + ":1",
                Format.TEXT,
                "Body a",
                new ArticleHints("T", "S", "http://x/a", "2025-02-17", "en")),
            new RawDocument(
                "b",
                file + ":2",
                Format.HTML,
                "<p>wins</p>",
                new ArticleHints(null, null, null, "2025-02-17T10:00:00+01:00", null)),
            new RawDocument("g", file + ":11", Format.TEXT, "last", ArticleHints.NONE));
    assertThat(result.rejected())
        .extracting(Rejection::input, Rejection::reason)
        .satisfiesExactly(
            r -> assertThat(r.toList()).first().isEqualTo(file + ":4"),
            r -> assertThat(r.toList()).containsExactly(file + ":5", "missing field 'id'"),
            r ->
                assertThat(r.toList())
                    .containsExactly(file + ":6", "field 'text' or 'html' is required"),
            r ->
                assertThat(r.toList())
                    .containsExactly(file + ":7", "field 'published' must be an ISO-8601 date"),
            r ->
                assertThat(r.toList())
                    .containsExactly(
                        file + ":8", "invalid JSON: expected an object, one article per line"),
            r -> assertThat(r.toList()).first().isEqualTo(file + ":9"));
    assertThat(result.rejected().get(0).reason()).startsWith("invalid JSON: ");
    assertThat(result.rejected().get(5).reason()).startsWith("invalid JSON: ");
  }

  @Test
  void invalidUtf8OnOneLineRejectsOnlyThatLine() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', (byte) 0xFF, '}', '\n'};
    Path file = dir.resolve("mixed.jsonl");
    Files.write(file, concat(good, bad, good));

    IngestResult result = new DocumentReader().read(List.of(file));

    assertThat(result.rejected())
        .containsExactly(
            new Rejection(file + ":2", "invalid UTF-8 at byte " + (good.length + 3)),
            new Rejection(file + ":3", "duplicate article id 'a' (first seen in " + file + ":1)"));
  }

  @Test
  void emptyJsonLinesFileIsRejected() throws IOException {
    Path file = write("\n\n");
    assertThat(new DocumentReader().read(List.of(file)).rejected())
        .containsExactly(new Rejection(file.toString(), "file holds only whitespace"));
  }

  @Test
  void seededRandomLinesNeverThrow() throws IOException {
    Random random = new Random(42L);
    String[] pieces = {
      "{", "}", "\"id\"", ":", "\"x\"", ",", "\"text\"", "[", "]", "null", "1", " "
    };
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 200; line++) {
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      text.append('\n');
    }
    Path file = write(text.toString());

    IngestResult result = new DocumentReader().read(List.of(file));

    assertThat(result.documents().size() + result.rejected().size()).isPositive();
    assertThat(result.rejected()).allSatisfy(r -> assertThat(r.input()).startsWith(file + ":"));
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("articles.jsonl"), content);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
