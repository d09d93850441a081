package dev.crosscheck.cli;

import dev.crosscheck.spark.SparkJob;
import dev.crosscheck.spark.SparkOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck spark}: the main job on Apache Spark, locally ({@code --master local[2]}) or on
 * a cluster. Spark is not bundled: the launcher puts a local Spark on the class path for this
 * command, and a cluster's spark-submit provides its own.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description =
        "Fold articles into stories on Spark: the same stories as run, written as partitions.")
final class SparkCommand implements Callable<Integer> {
  /** The failure when Spark's classes are missing. */
  static final String NO_SPARK =
      "Spark is not on the class path: run through ./crosscheck spark (which adds a local Spark)"
          + " or submit spark/target/crosscheck-spark.jar with spark-submit";

  @Spec CommandSpec spec;

  @Mixin SparkOptions options;

  @Override
  public Integer call() throws Exception {
    options
        .problem()
        .ifPresent(
            p -> {
              throw new UsageException(p);
            });
    try {
      Class.forName("org.apache.spark.sql.SparkSession");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(NO_SPARK);
    }
    SparkJob.run(options, spec.commandLine().getOut());
    return 0;
  }
}
