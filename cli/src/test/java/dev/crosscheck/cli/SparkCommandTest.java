package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code crosscheck spark}: options and exit codes. The CLI's tests have no Spark on the class path
 * (it is provided at run time), which is the failure case here; the job itself is tested in the
 * spark module.
 */
class SparkCommandTest {
  @Test
  void missingInputIsAUsageError() {
    Cli.Result r = Cli.execute("spark", "--master", "local[2]", "--output", "out");
    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("--input");
  }

  @Test
  void negativePartitionsAreAUsageError() {
    Cli.Result r = Cli.execute("spark", "--input", "in", "--output", "out", "--partitions", "-1");
    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errLines()).containsExactly("crosscheck: --partitions (-1) must be >= 0");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Result r = Cli.execute("spark", "--input", "in", "--output", "out", "--format", "csv");
    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void withoutSparkOnTheClassPathTheRunFailsWithOneLine() {
    Cli.Result r = Cli.execute("spark", "--master", "local[2]", "--input", "in", "--output", "out");
    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.errLines()).containsExactly("crosscheck: failed: " + SparkCommand.NO_SPARK);
  }
}
