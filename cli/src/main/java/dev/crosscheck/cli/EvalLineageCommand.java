package dev.crosscheck.cli;

import dev.crosscheck.eval.lineage.LineageEvaluation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck eval lineage}: roles, parents, conflicts and filler on a generated corpus. */
@Command(
    name = "lineage",
    mixinStandardHelpOptions = true,
    description = "Lineage, conflict and filler accuracy on articles derived in known ways.")
final class EvalLineageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions options;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Generator seed (default: ${DEFAULT-VALUE})")
  long seed = LineageEvaluation.DEFAULT_SEED;

  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .print(new LineageEvaluation().evaluate(options.folder(), seed).format());
    return 0;
  }
}
