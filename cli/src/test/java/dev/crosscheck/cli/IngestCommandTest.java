package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck ingest} and {@code run --store}: incremental runs over a store. */
class IngestCommandTest {
  @TempDir Path temp;
  Path corpus;
  Path store;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    Cli.copyFixture("original.txt", corpus, "original.txt");
    Cli.copyFixture("copy.txt", corpus, "copy.txt");
    Cli.copyFixture("unrelated.txt", corpus, "unrelated.txt");
    store = temp.resolve("store.db");
  }

  @Test
  void ingestAddsOnceAndReportsTheSecondTime() {
    Cli.Result first = Cli.execute(args("ingest", "--store", store, "--input", corpus));
    Cli.Result second = Cli.execute(args("ingest", "--store", store, "--input", corpus));

    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).contains("3 added, 0 duplicates, 0 rejected").contains("3 articles");
    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.out()).contains("0 added, 3 duplicates").contains("3 articles");
    assertThat(second.out())
        .contains("duplicate: " + corpus.resolve("copy.txt") + ": already stored as copy");
    assertThat(second.errLines()).isEmpty();
  }

  @Test
  void theSameContentUnderAnotherNameIsStoredOnce() throws IOException {
    Cli.copyFixture("original.txt", corpus, "renamed.txt");

    Cli.Result r = Cli.execute(args("ingest", "--store", store, "--input", corpus));

    assertThat(r.out())
        .contains("3 added, 1 duplicates")
        .contains("same content as stored article");
  }

  @Test
  void runOnTheStoreWritesWhatRunOnTheInputsWrites() throws IOException {
    Path direct = temp.resolve("direct");
    Path stored = temp.resolve("stored");
    Cli.execute(args("run", "--input", corpus, "--output", direct));
    Cli.execute(args("ingest", "--store", store, "--input", corpus.resolve("copy.txt")));

    Cli.Result r =
        Cli.execute(
            args(
                "run",
                "--store",
                store,
                "--input",
                corpus.resolve("original.txt"),
                corpus.resolve("unrelated.txt"),
                "--output",
                stored));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 articles");
    for (String file : new String[] {"stories.json", "articles.jsonl", "report.html"}) {
      assertThat(stored.resolve(file)).as(file).hasSameTextualContentAs(direct.resolve(file));
    }
  }

  @Test
  void aStoreIngestedPlainlyIsCutAgainByRunWithTheStoryModel() throws IOException {
    Path direct = temp.resolve("direct");
    Path stored = temp.resolve("stored");
    Cli.Result once =
        Cli.execute(args("run", "--input", corpus, "--output", direct, "--story-model"));
    Cli.execute(args("ingest", "--store", store, "--input", corpus));

    Cli.Result r = Cli.execute(args("run", "--store", store, "--output", stored, "--story-model"));

    assertThat(once.out()).as(once.toString()).containsPattern("story-model pairs read: \\d+");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 articles").containsPattern("story-model pairs read: \\d+");
    for (String file : new String[] {"stories.json", "articles.jsonl", "report.html"}) {
      assertThat(stored.resolve(file)).as(file).hasSameTextualContentAs(direct.resolve(file));
    }
  }

  @Test
  void rejectionsArePrintedAndKeptInTheOutputs() throws IOException {
    Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4");
    Cli.execute(args("ingest", "--store", store, "--input", corpus));

    Cli.Result r = Cli.execute(args("run", "--store", store, "--output", temp.resolve("out")));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 articles").contains("1 rejected");
    assertThat(Cli.readJson(temp.resolve("out/stories.json")).get("rejected")).hasSize(1);
  }

  @Test
  void aFileThatIsNotAStoreFailsWithOneLine() throws IOException {
    Files.writeString(store, "just some notes, not a database\n");

    Cli.Result r = Cli.execute(args("ingest", "--store", store, "--input", corpus));

    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(store.toString()).contains("not a Crosscheck store");
    assertThat(Files.readString(store)).isEqualTo("just some notes, not a database\n");
  }

  @Test
  void runNeedsInputOrStore() {
    MainTest.assertUsageError(Cli.execute(args("run", "--output", temp.resolve("o"))), "--store");
  }
}
