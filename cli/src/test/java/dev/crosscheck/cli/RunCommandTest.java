package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static dev.crosscheck.cli.Cli.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck run}: outputs of the contract, and bad inputs rejected one by one. */
class RunCommandTest {
  static final List<String> ARTICLE_FIELDS =
      List.of(
          "id",
          "input",
          "title",
          "source",
          "published",
          "language",
          "story",
          "role",
          "derivedFrom",
          "fillerSentences");
  static final List<String> STORY_FIELDS =
      List.of(
          "id",
          "title",
          "articles",
          "origins",
          "first",
          "last",
          "outlets",
          "entities",
          "facts",
          "brief",
          "claims");
  static final List<String> BRIEF_FIELDS = List.of("text", "sources", "independentSources");
  // The contract's fields, then "unsupported" (an addition: only one lineage group carries it).
  static final List<String> CLAIM_FIELDS =
      List.of("text", "sources", "independentSources", "status", "conflicts", "unsupported");
  static final List<String> CONFLICT_FIELDS = List.of("text", "sources");
  static final List<String> REJECTED_FIELDS = List.of("input", "reason");
  static final List<String> ROLES =
      List.of("original", "copy", "rewrite", "translation", "padded", "independent");
  static final List<String> STATUSES = List.of("corroborated", "single-source", "contradicted");

  @TempDir Path temp;
  Path corpus;
  Path out;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    out = temp.resolve("out");
    Cli.copyFixture("original.txt", corpus, "original.txt");
    Cli.copyFixture("copy.txt", corpus, "copy.txt");
    Cli.copyFixture("unrelated.txt", corpus, "unrelated.txt");
  }

  @Test
  void happyPathWritesTheContractFiles() throws IOException {
    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).isEmpty();
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    assertThat(fields(root)).containsExactly("articles", "stories", "rejected");
    assertThat(root.get("rejected")).isEmpty();
    assertThat(root.get("articles")).hasSize(3);
    for (JsonNode article : root.get("articles")) {
      assertThat(fields(article)).as(article.toString()).containsExactlyElementsOf(ARTICLE_FIELDS);
      assertThat(ROLES).contains(article.get("role").asText());
      assertThat(article.get("fillerSentences").isInt()).isTrue();
    }
    assertThat(root.get("stories")).isNotEmpty();
    for (JsonNode story : root.get("stories")) {
      assertStoryShape(story);
    }
    assertThat(texts(root.get("articles"), "id"))
        .containsExactlyInAnyOrder("original", "copy", "unrelated");
  }

  @Test
  void copyIsTracedToItsOriginal() throws IOException {
    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    Map<String, JsonNode> byId = byId(Cli.readJson(out.resolve("stories.json")).get("articles"));
    assertThat(byId.get("copy").get("role").asText()).isEqualTo("copy");
    assertThat(byId.get("copy").get("derivedFrom").asText()).isEqualTo("original");
    assertThat(byId.get("original").get("role").asText()).isEqualTo("original");
    assertThat(byId.get("original").get("derivedFrom").isNull()).isTrue();
    assertThat(byId.get("copy").get("story").asText())
        .isEqualTo(byId.get("original").get("story").asText())
        .isNotEqualTo(byId.get("unrelated").get("story").asText());
  }

  @Test
  void articlesJsonlHasOneLinePerArticleWithText() throws IOException {
    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    List<JsonNode> lines = Cli.readJsonLines(out.resolve("articles.jsonl"));
    assertThat(lines).hasSize(3);
    List<String> expected = new ArrayList<>(ARTICLE_FIELDS);
    expected.add("text");
    for (JsonNode line : lines) {
      assertThat(fields(line)).as(line.toString()).containsExactlyElementsOf(expected);
      assertThat(line.get("text").asText()).isNotBlank();
    }
    Map<String, JsonNode> byId = byId(lines);
    assertThat(byId.get("copy").get("text").asText())
        .contains("City engineers closed the Old River Bridge")
        .doesNotContain("Leave a Reply")
        .doesNotContain("Your email address");
  }

  @Test
  void commentFormIsNotArticleText() throws IOException {
    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    Map<String, JsonNode> byId = byId(Cli.readJsonLines(out.resolve("articles.jsonl")));
    assertThat(byId.get("copy").get("text").asText())
        .isEqualTo(byId.get("original").get("text").asText());
  }

  @Test
  void reportNamesEveryStory() throws IOException {
    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).containsIgnoringCase("<html");
    for (JsonNode story : Cli.readJson(out.resolve("stories.json")).get("stories")) {
      assertThat(html).contains(escape(story.get("title").asText()));
    }
  }

  @Test
  void independentReportsGiveClaimsAndConflicts() throws IOException {
    Cli.copyFixture("independent.txt", corpus, "independent.txt");

    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    Map<String, JsonNode> byId = byId(root.get("articles"));
    String bridge = byId.get("original").get("story").asText();
    assertThat(byId.get("independent").get("story").asText()).isEqualTo(bridge);
    JsonNode story = storyById(root, bridge);
    assertStoryShape(story);
    assertThat(story.get("origins")).hasSize(2);
    assertThat(byId.get("independent").get("role").asText()).isEqualTo("independent");
    List<JsonNode> claims = new ArrayList<>();
    story.get("claims").forEach(claims::add);
    assertThat(claims)
        .anySatisfy(
            c -> {
              assertThat(c.get("status").asText()).isEqualTo("corroborated");
              assertThat(c.get("independentSources").asInt()).isEqualTo(2);
            });
    // "at least six weeks" (original) against "at least four weeks" (independent).
    assertThat(claims)
        .anySatisfy(
            c -> {
              assertThat(c.get("status").asText()).isEqualTo("contradicted");
              assertThat(c.get("conflicts")).isNotEmpty();
              assertThat(c.get("conflicts").get(0).get("sources").get(0).asText())
                  .isIn("original", "copy", "independent");
            });
  }

  @Test
  void everyInputIsAnArticleOrRejected() throws IOException {
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4 not really", StandardCharsets.UTF_8);

    Cli.Result r = Cli.execute(args("run", "--input", corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    List<String> seen = new ArrayList<>(texts(root.get("articles"), "input"));
    seen.addAll(texts(root.get("rejected"), "input"));
    try (var files = Files.list(corpus)) {
      assertThat(seen).containsExactlyInAnyOrderElementsOf(files.map(Path::toString).toList());
    }
  }

  // --- bad inputs: one stderr line naming input and reason, a rejected entry, exit 0, run goes on

  @Test
  void emptyFileIsRejected() throws IOException {
    assertRejected(Files.write(temp.resolve("empty.txt"), new byte[0]), "empty");
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    byte[] bytes = "some text\0\0\0 and more".getBytes(StandardCharsets.UTF_8);
    assertRejected(Files.write(temp.resolve("binary.txt"), bytes), "binary");
  }

  @Test
  void invalidUtf8IsRejected() throws IOException {
    byte[] bytes = {'C', 'a', 'f', (byte) 0xe9, ' ', 'o', 'p', 'e', 'n', 's', '.', '\n'};
    assertRejected(Files.write(temp.resolve("latin1.txt"), bytes), "UTF-8");
  }

  @Test
  void tooLargeFileIsRejected() throws IOException {
    Path big = temp.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L << 20); // sparse: no 50 MB written
    }
    assertRejected(big, "too large");
  }

  @Test
  void folderWithoutArticlesIsRejected() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("nothing-here"));
    Files.writeString(folder.resolve("readme.md"), "# not an article", StandardCharsets.UTF_8);

    Cli.Result r = Cli.execute(args("run", "--input", folder, corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).hasSize(2);
    assertThat(r.errLines().get(0)).contains(folder.resolve("readme.md").toString());
    assertThat(r.errLines().get(1)).endsWith(folder + ": folder holds no articles");
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    assertThat(texts(root.get("rejected"), "input"))
        .containsExactly(folder.resolve("readme.md").toString(), folder.toString());
    assertThat(root.get("articles")).hasSize(3);
  }

  @Test
  void emptyFolderIsRejected() throws IOException {
    assertRejected(Files.createDirectories(temp.resolve("void")), "no articles");
  }

  @Test
  void missingPathIsRejected() {
    assertRejected(temp.resolve("no-such-file.txt"), "no such file");
  }

  @Test
  void unsupportedExtensionIsRejected() throws IOException {
    Path pdf =
        Files.writeString(temp.resolve("paper.pdf"), "%PDF-1.4 text", StandardCharsets.UTF_8);
    assertRejected(pdf, "unsupported");
  }

  @Test
  void xmlThatIsNotAFeedIsRejected() throws IOException {
    Path xml =
        Files.writeString(
            temp.resolve("feed.xml"),
            "<?xml version=\"1.0\"?><catalog><book>One</book></catalog>",
            StandardCharsets.UTF_8);
    assertRejected(xml, "neither an RSS nor an Atom feed");
  }

  @Test
  void brokenJsonLineIsRejectedAndGoodLinesRead() throws IOException {
    Path jsonl = temp.resolve("feed.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"j1\", \"title\": \"Snow closes mountain pass\", \"text\": \"Heavy snow closed"
            + " the Kestrel mountain pass on Tuesday. Police said the road would reopen on"
            + " Thursday.\"}\n"
            + "{\"id\": \"j2\", \"text\": \"this line is broken\n"
            + "{\"id\": \"j3\", \"title\": \"Museum opens new wing\", \"text\": \"The city museum"
            + " opened a new wing for modern art on Sunday. Entry is free for the first month.\"}\n",
        StandardCharsets.UTF_8);

    Cli.Result r = Cli.execute(args("run", "--input", jsonl, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(jsonl + ":2").containsIgnoringCase("json");
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    assertThat(texts(root.get("articles"), "id")).containsExactlyInAnyOrder("j1", "j3");
    assertThat(texts(root.get("articles"), "input"))
        .containsExactlyInAnyOrder(jsonl + ":1", jsonl + ":3");
    assertThat(texts(root.get("rejected"), "input")).containsExactly(jsonl + ":2");
  }

  @Test
  void allBadInputsTogetherStillRunTheGoodOnes() throws IOException {
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    Path missing = temp.resolve("missing.html");

    Cli.Result r = Cli.execute(args("run", "--input", empty, corpus, missing, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).hasSize(2);
    JsonNode root = Cli.readJson(out.resolve("stories.json"));
    assertThat(root.get("articles")).hasSize(3);
    assertThat(texts(root.get("rejected"), "input"))
        .containsExactly(empty.toString(), missing.toString());
  }

  /** Runs on the good corpus plus {@code bad} and checks the rejection in all its forms. */
  private Cli.Result assertRejected(Path bad, String reasonPart) {
    Cli.Result r = Cli.execute(args("run", "--input", bad, corpus, "--output", out));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(bad.toString()).containsIgnoringCase(reasonPart);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode root;
    try {
      root = Cli.readJson(out.resolve("stories.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    JsonNode rejected = root.get("rejected");
    assertThat(rejected).hasSize(1);
    assertThat(fields(rejected.get(0))).containsExactlyElementsOf(REJECTED_FIELDS);
    assertThat(rejected.get(0).get("input").asText()).isEqualTo(bad.toString());
    assertThat(rejected.get(0).get("reason").asText()).containsIgnoringCase(reasonPart);
    assertThat(root.get("articles")).hasSize(3);
    return r;
  }

  static void assertStoryShape(JsonNode story) {
    assertThat(fields(story)).as(story.toString()).containsExactlyElementsOf(STORY_FIELDS);
    assertThat(story.get("articles")).isNotEmpty();
    for (JsonNode group : story.get("origins")) {
      assertThat(group.isArray()).isTrue();
      assertThat(group).isNotEmpty();
    }
    for (JsonNode brief : story.get("brief")) {
      assertThat(fields(brief)).as(brief.toString()).containsExactlyElementsOf(BRIEF_FIELDS);
      assertThat(brief.get("independentSources").isInt()).isTrue();
    }
    for (JsonNode claim : story.get("claims")) {
      assertThat(fields(claim)).as(claim.toString()).containsExactlyElementsOf(CLAIM_FIELDS);
      assertThat(STATUSES).contains(claim.get("status").asText());
      for (JsonNode conflict : claim.get("conflicts")) {
        assertThat(fields(conflict))
            .as(conflict.toString())
            .containsExactlyElementsOf(CONFLICT_FIELDS);
      }
    }
  }

  private static JsonNode storyById(JsonNode root, String id) {
    for (JsonNode story : root.get("stories")) {
      if (story.get("id").asText().equals(id)) {
        return story;
      }
    }
    throw new AssertionError("no story " + id);
  }

  private static Map<String, JsonNode> byId(Iterable<JsonNode> nodes) {
    Map<String, JsonNode> byId = new HashMap<>();
    nodes.forEach(n -> byId.put(n.get("id").asText(), n));
    return byId;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asText()));
    return values;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
