package dev.crosscheck.spark;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of the Spark job, shared by {@code crosscheck spark} and the job jar's {@link
 * SparkMain} (a picocli mixin).
 */
public final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. local[2]; omit under spark-submit, which passes its own --master")
  String master;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders on any Hadoop file system (JSON Lines, WARC, HTML, text, ...)")
  List<String> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Folder for stories/, articles/ and rejected/ partitions (replaced if present)")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Partitions as JSONL (default) or PARQUET")
  SparkResult.Format format = SparkResult.Format.JSONL;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Shuffle partitions; 0 (default) for Spark's default parallelism")
  int partitions;

  @Option(
      names = "--stories-json",
      description =
          "Also write DIR/stories.json as the embedded run does (gathered on the driver: small runs)")
  boolean storiesJson;

  @Option(names = "--verbose", description = "Stack traces on failure")
  boolean verbose;

  /** The first usage problem of these options, if any. */
  public Optional<String> problem() {
    if (partitions < 0) {
      return Optional.of("--partitions (" + partitions + ") must be >= 0");
    }
    if (output.isBlank()) {
      return Optional.of("--output must not be blank");
    }
    for (String input : inputs) {
      if (input.isBlank()) {
        return Optional.of("--input must not be blank");
      }
    }
    return Optional.empty();
  }

  public String master() {
    return master;
  }

  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  public String output() {
    return output;
  }

  public SparkResult.Format format() {
    return format;
  }

  public int partitions() {
    return partitions;
  }

  public boolean storiesJson() {
    return storiesJson;
  }
}
