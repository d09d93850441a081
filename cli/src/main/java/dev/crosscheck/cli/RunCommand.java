package dev.crosscheck.cli;

import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck run}: the main job, inputs to stories.json, articles.jsonl and report.html. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Fold articles into stories: lineage, claims, briefs and a report.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions options;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Folder for stories.json, articles.jsonl and report.html (created if missing)")
  Path output;

  @Override
  public Integer call() throws Exception {
    Outputs.prepareFolder(output);
    RunResult result = new Pipeline().run(options.inputs);
    JsonResultWriter json = new JsonResultWriter();
    Outputs.write(output.resolve("stories.json"), json.stories(result));
    Outputs.write(output.resolve("articles.jsonl"), json.articlesJsonl(result));
    Outputs.write(output.resolve("report.html"), new HtmlReportWriter().write(result));
    for (Rejection r : result.rejected()) {
      spec.commandLine().getErr().println("rejected: " + r.input() + ": " + r.reason());
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%d articles, %d stories, %d rejected -> %s%n",
            result.articles().size(), result.stories().size(), result.rejected().size(), output);
    return 0;
  }
}
