package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a whole: help, and usage errors (exit 2, one line, no stack trace). */
class MainTest {
  @TempDir Path temp;
  Path input;

  @BeforeEach
  void input() throws IOException {
    input = Cli.copyFixture("original.txt", temp, "original.txt");
  }

  @Test
  void helpListsTheCommands() {
    Cli.Result r = Cli.execute("--help");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("run", "extract", "compare");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void subcommandHelpExitsZero() {
    for (String command : new String[] {"run", "extract", "compare"}) {
      Cli.Result r = Cli.execute(command, "--help");

      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out()).contains("Usage:").contains(command);
    }
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertUsageError(Cli.execute(), "command");
  }

  @Test
  void missingInputIsAUsageError() {
    assertUsageError(Cli.execute(args("run", "--output", temp.resolve("out"))), "--input");
  }

  @Test
  void missingOutputIsAUsageError() {
    assertUsageError(Cli.execute(args("run", "--input", input)), "--output");
  }

  @Test
  void extractWithoutOutputIsAUsageError() {
    assertUsageError(Cli.execute(args("extract", "--input", input)), "--output");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertUsageError(
        Cli.execute(args("run", "--input", input, "--output", temp.resolve("o"), "--frobnicate")),
        "--frobnicate");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertUsageError(Cli.execute("frobnicate"), "frobnicate");
  }

  @Test
  void outputThatIsAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(temp.resolve("taken.txt"), "x", StandardCharsets.UTF_8);

    Cli.Result r = Cli.execute(args("run", "--input", input, "--output", file));

    assertUsageError(r, file + " is a file, expected a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void outputUnderAFileIsAUsageError() throws IOException {
    // Tests run as root, so a read-only folder would still be writable: a file as parent is not.
    Path file = Files.writeString(temp.resolve("file.txt"), "x", StandardCharsets.UTF_8);
    Path unwritable = file.resolve("sub");

    assertUsageError(
        Cli.execute(args("run", "--input", input, "--output", unwritable)), unwritable.toString());
  }

  @Test
  void extractOutputUnderAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(temp.resolve("file.txt"), "x", StandardCharsets.UTF_8);
    Path unwritable = file.resolve("sub").resolve("out.jsonl");

    assertUsageError(Cli.execute(args("extract", "--input", input, "--output", unwritable)), "");
  }

  @Test
  void extractOutputThatIsAFolderIsAUsageError() {
    assertUsageError(
        Cli.execute(args("extract", "--input", input, "--output", temp)), temp.toString());
  }

  @Test
  void compareWithOneFileIsAUsageError() {
    assertUsageError(Cli.execute(args("compare", input)), "two");
  }

  @Test
  void compareWithThreeFilesIsAUsageError() {
    assertUsageError(Cli.execute(args("compare", input, input, input)), "");
  }

  @Test
  void compareWithNothingIsAUsageError() {
    assertUsageError(Cli.execute("compare"), "--pairs");
  }

  @Test
  void compareWithPairsAndFilesIsAUsageError() {
    assertUsageError(
        Cli.execute(args("compare", "--pairs", input, "--output", temp.resolve("o"), input, input)),
        "");
  }

  @Test
  void comparePairsWithoutOutputIsAUsageError() {
    assertUsageError(Cli.execute(args("compare", "--pairs", input)), "--output");
  }

  @Test
  void comparePairsThatDoNotExistIsAUsageError() {
    Path missing = temp.resolve("missing.jsonl");

    assertUsageError(
        Cli.execute(args("compare", "--pairs", missing, "--output", temp.resolve("o.jsonl"))),
        missing.toString());
  }

  /** Exit 2, exactly one line on stderr that mentions {@code part}, no stack trace. */
  static void assertUsageError(Cli.Result r, String part) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("crosscheck").contains(part);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
