package dev.crosscheck.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The job jar's entry point for {@code spark-submit}: the options of {@code crosscheck spark}. Exit
 * codes as the command line's: 0 success, 1 the run failed, 2 usage error; one line on stderr.
 */
@Command(
    name = "crosscheck-spark",
    mixinStandardHelpOptions = true,
    description = "Fold articles into stories on Spark (the main job, distributed).")
public final class SparkMain implements Callable<Integer> {
  @Mixin SparkOptions options;

  @Override
  public Integer call() throws Exception {
    if (options.problem().isPresent()) {
      System.err.println("crosscheck-spark: " + options.problem().get());
      return 2;
    }
    SparkJob.run(options, new PrintWriter(System.out, true));
    return 0;
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("crosscheck-spark: failed: " + e);
          if (parseResult.originalArgs().contains("--verbose")) {
            e.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("crosscheck-spark: " + e.getMessage());
          return 2;
        });
    System.exit(cli.execute(args));
  }
}
