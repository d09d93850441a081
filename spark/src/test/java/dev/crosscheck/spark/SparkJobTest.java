package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job as the command line runs it: options parsed, partitions written in both formats. */
class SparkJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesJsonLinesAndParquetPartitionsEvenWithNothingRejected(@TempDir Path dir)
      throws Exception {
    String corpus = Path.of("../examples/corpus").toAbsolutePath().normalize().toString();
    for (String format : new String[] {"JSONL", "PARQUET"}) {
      Path out = dir.resolve(format);
      SparkOptions options = new SparkOptions();
      new CommandLine(options)
          .parseArgs("--input", corpus, "--output", out.toString(), "--format", format);
      StringWriter printed = new StringWriter();
      long stories = SparkJob.run(options, new PrintWriter(printed, true));
      assertThat(stories).isEqualTo(2);
      assertThat(printed.toString()).startsWith("2 stories -> ");
      assertThat(
              spark
                  .read()
                  .format(format.equals("JSONL") ? "json" : "parquet")
                  .load(out.resolve("stories").toString())
                  .count())
          .isEqualTo(2);
      assertThat(Files.exists(out.resolve("rejected/_SUCCESS"))).isTrue();
      assertThat(Files.exists(out.resolve("articles/_SUCCESS"))).isTrue();
    }
  }
}
