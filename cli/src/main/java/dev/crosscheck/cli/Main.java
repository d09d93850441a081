package dev.crosscheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code crosscheck} command. Exit codes: 0 success (also when some inputs were
 * rejected), 1 the run failed, 2 usage error.
 */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    version = "crosscheck 0.1.0",
    description = "Folds news articles into cited, cross-checked stories.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      CompareCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      SparkCommand.class
    })
public final class Main implements Runnable {
  /** Exit code of a run that failed. */
  public static final int EXIT_FAILED = 1;

  /** Exit code of a usage error. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean verbose = parseResult.originalArgs().contains("--verbose");
          if (e instanceof UsageException) {
            commandLine.getErr().println("crosscheck: " + oneLine(e.getMessage()));
            return EXIT_USAGE;
          }
          commandLine.getErr().println("crosscheck: failed: " + describe(e));
          if (verbose) {
            e.printStackTrace(commandLine.getErr());
          }
          return EXIT_FAILED;
        });
    cli.setParameterExceptionHandler(
        (e, a) -> {
          // One line, as the contract asks: the hint goes on the same line as the error.
          String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
          e.getCommandLine()
              .getErr()
              .println("crosscheck: " + oneLine(e.getMessage()) + " (try '" + help + "')");
          return EXIT_USAGE;
        });
    return cli.execute(args);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
