package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStoriesCommandTest {
  private static final String ARTICLES =
      """
      {"id": "q1", "title": "Strong earthquake hits Tarvonia's north coast", "text": "A magnitude 6.8 earthquake struck the north coast of Tarvonia on Sunday, killing 12 people in Esker and Brill."}
      {"id": "q2", "title": "Tarvonia quake kills 12 in Esker and Brill", "text": "At least 12 people died when a 6.8-magnitude quake shook northern Tarvonia, toppling houses in Esker and Brill."}
      {"id": "m1", "title": "Museum returns stolen painting", "text": "The Verrin city museum has returned a stolen landscape painting to the family of its owner."}
      """;

  @Test
  void printsTheTable(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), "id\tstory\nq1\tq\nq2\tq\nm1\tm\n");
    Cli.Result result = Cli.execute("eval", "stories", "--data", dir.toString());
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("B-cubed precision      1.0000")
        .contains("B-cubed F1             1.0000")
        .contains("adjusted Rand index")
        .contains("2 found / 2 gold")
        .contains("worst merges (one found story, several gold stories): none");
  }

  @Test
  void printsTheSameWithOneThreadAsWithTheDefaultAllCores(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), "id\tstory\nq1\tq\nq2\tq\nm1\tm\n");
    Cli.Result all = Cli.execute("eval", "stories", "--data", dir.toString());
    Cli.Result one = Cli.execute("eval", "stories", "--data", dir.toString(), "--threads", "1");
    assertThat(one.exit()).as(one.toString()).isZero();
    assertThat(one.out()).isEqualTo(all.out());
    Cli.Result none = Cli.execute("eval", "stories", "--data", dir.toString(), "--threads", "0");
    assertThat(none.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(none.err()).contains("--threads >= 1");
    assertThat(Cli.execute("eval", "stories", "--help").out()).contains("default: all cores");
  }

  @Test
  void printsEachPartAndTheMeans(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), "id\tstory\nq1\tq\nq2\tq\nm1\tm\n");
    Cli.Result result = Cli.execute("eval", "stories", "--data", dir.toString(), "--parts", "2");
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out()).contains("in 2 parts").containsPattern("mean +3 +1\\.0000");
    Cli.Result tooMany = Cli.execute("eval", "stories", "--data", dir.toString(), "--parts", "3");
    assertThat(tooMany.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(tooMany.err()).contains("parts (3) must be in [1, 2]");
  }

  @Test
  void storyModelReadsAmbiguousPairsAndCountsThem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), "id\tstory\nq1\tq\nq2\tq\nm1\tm\n");
    Cli.Result result = Cli.execute("eval", "stories", "--data", dir.toString(), "--story-model");
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("B-cubed F1             1.0000")
        .containsPattern("story-model pairs read: \\d+");
    Cli.Result both =
        Cli.execute("eval", "stories", "--data", dir.toString(), "--story-model", "--embeddings");
    assertThat(both.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(both.err()).contains("--embeddings and --story-model exclude each other");
  }

  @Test
  void aFolderWithoutTheFilesIsAUsageError(@TempDir Path dir) {
    Cli.Result result = Cli.execute("eval", "stories", "--data", dir.toString());
    assertThat(result.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("must hold articles.jsonl and gold.tsv");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(Cli.execute("eval", "stories").exit()).isEqualTo(Main.EXIT_USAGE);
  }
}
