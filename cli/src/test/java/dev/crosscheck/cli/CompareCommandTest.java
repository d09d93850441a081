package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static dev.crosscheck.cli.Cli.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck compare}: the batch form on pairs and the two-file form for a person. */
class CompareCommandTest {
  static final List<String> FIELDS = List.of("id", "similarity", "relation", "equivalent");
  static final List<String> RELATIONS =
      List.of("duplicate", "rewrite", "paraphrase", "same-story", "related", "unrelated");

  @TempDir Path temp;

  @Test
  void pairsGetTheContractFields() throws IOException {
    Path pairs =
        writePairs(
            pair("same", "original.txt", "original.txt"),
            pair("copy", "original.txt", "copy.txt"),
            pair("independent", "original.txt", "independent.txt"),
            pair("apart", "original.txt", "unrelated.txt"));
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("compare", "--pairs", pairs, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).isEmpty();
    List<JsonNode> lines = Cli.readJsonLines(out);
    assertThat(lines).hasSize(4);
    for (JsonNode line : lines) {
      assertThat(fields(line)).as(line.toString()).containsExactlyElementsOf(FIELDS);
      assertThat(line.get("similarity").isNumber()).isTrue();
      assertThat(line.get("similarity").asDouble()).isBetween(0.0, 1.0);
      assertThat(RELATIONS).contains(line.get("relation").asText());
      assertThat(line.get("equivalent").isBoolean()).isTrue();
    }
    assertThat(lines)
        .extracting(l -> l.get("id").asText())
        .containsExactly("same", "copy", "independent", "apart");
  }

  @Test
  void identicalPairIsAnEquivalentDuplicate() throws IOException {
    Map<String, JsonNode> byId = comparePairs(pair("same", "original.txt", "original.txt"));

    JsonNode same = byId.get("same");
    assertThat(same.get("relation").asText()).isEqualTo("duplicate");
    assertThat(same.get("equivalent").asBoolean()).isTrue();
    assertThat(same.get("similarity").asDouble()).isEqualTo(1.0);
  }

  @Test
  void unrelatedPairIsNotEquivalent() throws IOException {
    Map<String, JsonNode> byId = comparePairs(pair("apart", "original.txt", "unrelated.txt"));

    JsonNode apart = byId.get("apart");
    assertThat(apart.get("relation").asText()).isIn("unrelated", "related");
    assertThat(apart.get("equivalent").asBoolean()).isFalse();
    assertThat(apart.get("similarity").asDouble()).isLessThan(0.5);
  }

  @Test
  void copyWithChromeIsADerivedEquivalent() throws IOException {
    Map<String, JsonNode> byId = comparePairs(pair("copy", "original.txt", "copy.txt"));

    JsonNode copy = byId.get("copy");
    assertThat(copy.get("relation").asText()).isIn("duplicate", "rewrite");
    assertThat(copy.get("equivalent").asBoolean()).isTrue();
  }

  @Test
  void independentReportsAreTheSameStoryNotEquivalent() throws IOException {
    Map<String, JsonNode> byId =
        comparePairs(pair("independent", "original.txt", "independent.txt"));

    JsonNode independent = byId.get("independent");
    assertThat(independent.get("relation").asText()).isIn("same-story", "related");
    assertThat(independent.get("equivalent").asBoolean()).isFalse();
  }

  @Test
  void brokenPairLinesAreRejectedWithTheirLineNumbers() throws IOException {
    Path pairs = temp.resolve("pairs.jsonl");
    Files.writeString(
        pairs,
        Cli.JSON.writeValueAsString(pair("first", "original.txt", "copy.txt"))
            + "\n"
            + "{\"id\": \"broken\", \"a\": \n"
            + "{\"id\": \"no-b\", \"a\": {\"id\": \"x\", \"text\": \"Some text here.\"}}\n"
            + "\n"
            + Cli.JSON.writeValueAsString(pair("last", "original.txt", "unrelated.txt"))
            + "\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("compare", "--pairs", pairs, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).hasSize(2);
    assertThat(r.errLines().get(0)).contains(pairs + ":2");
    assertThat(r.errLines().get(1)).contains(pairs + ":3", "'b'");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Cli.readJsonLines(out))
        .extracting(l -> l.get("id").asText())
        .containsExactly("first", "last");
  }

  @Test
  void pairWithoutArticleTextIsRejected() throws IOException {
    Path pairs = temp.resolve("pairs.jsonl");
    Files.writeString(
        pairs,
        "{\"id\": \"p\", \"a\": {\"id\": \"x\"}, \"b\": {\"id\": \"y\", \"text\": \"Words.\"}}\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out.jsonl");

    Cli.Result r = Cli.execute(args("compare", "--pairs", pairs, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(pairs + ":1", "'a'");
    assertThat(Files.readString(out)).isEmpty();
  }

  @Test
  void twoFilesArePrintedSideBySide() throws IOException {
    Path a = Cli.copyFixture("original.txt", temp, "original.txt");
    Path b = Cli.copyFixture("copy.txt", temp, "copy.txt");

    Cli.Result r = Cli.execute(args("compare", a, b));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).isEmpty();
    assertThat(r.out()).contains("original", "copy");
    assertThat(r.out()).containsPattern("similarity 1\\.000|similarity 0\\.\\d{3}");
    assertThat(r.out()).containsPattern("relation (duplicate|rewrite)");
    // A sentence of both, in two columns divided by " | ".
    assertThat(r.out())
        .containsPattern("City engineers closed the Old River Bridge.* \\| City engineers closed");
  }

  @Test
  void twoFilesPrintNumbersTheSameInEveryLocale() throws IOException {
    // Surefire runs in tr-TR, where "%.3f" would print "1,000".
    Path a = Cli.copyFixture("original.txt", temp, "a.txt");
    Path b = Cli.copyFixture("original.txt", temp, "b.txt");

    Cli.Result r = Cli.execute(args("compare", a, b));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("similarity 1.000, relation duplicate, equivalent true");
  }

  @Test
  void twoFilesWithAnUnreadableOneIsAUsageError() throws IOException {
    Path a = Cli.copyFixture("original.txt", temp, "original.txt");
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);

    Cli.Result r = Cli.execute(args("compare", a, empty));

    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(empty + ": empty");
    assertThat(r.err()).doesNotContain("Exception");
  }

  private Map<String, JsonNode> comparePairs(ObjectNode... pairs) throws IOException {
    Path out = temp.resolve("out.jsonl");
    Cli.Result r = Cli.execute(args("compare", "--pairs", writePairs(pairs), "--output", out));
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).isEmpty();
    Map<String, JsonNode> byId = new HashMap<>();
    Cli.readJsonLines(out).forEach(l -> byId.put(l.get("id").asText(), l));
    return byId;
  }

  private Path writePairs(ObjectNode... pairs) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (ObjectNode pair : pairs) {
      lines.append(Cli.JSON.writeValueAsString(pair)).append('\n');
    }
    return Files.writeString(temp.resolve("pairs.jsonl"), lines, StandardCharsets.UTF_8);
  }

  /** A pair line whose articles are the plain-text fixtures {@code a} and {@code b}. */
  private static ObjectNode pair(String id, String a, String b) {
    ObjectNode pair = Cli.JSON.createObjectNode().put("id", id);
    pair.set("a", article(a));
    pair.set("b", article(b));
    return pair;
  }

  private static ObjectNode article(String fixture) {
    String id = fixture.substring(0, fixture.indexOf('.'));
    return Cli.JSON.createObjectNode().put("id", id).put("text", Cli.fixture(fixture));
  }
}
