package dev.crosscheck.cli;

import dev.crosscheck.eval.briefs.BriefEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck eval briefs}: ROUGE of story briefs against reference summaries. */
@Command(
    name = "briefs",
    mixinStandardHelpOptions = true,
    description = "ROUGE-1/2/L of briefs against reference summaries, beside a lead baseline.")
final class EvalBriefsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "A story set with articles.jsonl, gold.tsv, summaries.jsonl")
  Path data;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new UsageException("no such folder: " + data);
    }
    spec.commandLine().getOut().print(new BriefEvaluation().evaluate(data).format());
    return 0;
  }
}
