package dev.crosscheck.cli;

import dev.crosscheck.eval.lineage.LineageEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "A story set (articles.jsonl, gold.tsv) whose articles are the sources")
  Path data;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Generator seed (default: ${DEFAULT-VALUE})")
  long seed = LineageEvaluation.DEFAULT_SEED;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new UsageException("no such folder: " + data);
    }
    spec.commandLine().getOut().print(new LineageEvaluation().evaluate(data, seed).format());
    return 0;
  }
}
