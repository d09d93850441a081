package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crosscheck eval}: quality measurements on the development data. Each evaluation is a
 * subcommand that prints its table.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality on a development data set and print the table.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalPairsCommand.class,
      EvalStoriesCommand.class,
      EvalLineageCommand.class,
      EvalBriefsCommand.class
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an evaluation is required");
  }
}
