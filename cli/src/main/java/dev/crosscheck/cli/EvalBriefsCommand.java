package dev.crosscheck.cli;

import dev.crosscheck.eval.briefs.BriefEvaluation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crosscheck eval briefs}: ROUGE of story briefs against reference summaries. */
@Command(
    name = "briefs",
    mixinStandardHelpOptions = true,
    description = "ROUGE-1/2/L of briefs against reference summaries, beside a lead baseline.")
final class EvalBriefsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions options;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(new BriefEvaluation().evaluate(options.folder()).format());
    return 0;
  }
}
