package dev.crosscheck.cli;

import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.JsonResultWriter;
import dev.crosscheck.store.Store;
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

  @Mixin SourceOptions source;

  @Mixin StoryModelOption storyModel;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Folder for stories.json, articles.jsonl and report.html (created if missing)")
  Path output;

  @Override
  public Integer call() throws Exception {
    source.check();
    Outputs.prepareFolder(output);
    Pipeline pipeline = storyModel.pipeline();
    RunResult result = source.store == null ? pipeline.run(source.inputs) : runOnStore(pipeline);
    JsonResultWriter json = new JsonResultWriter();
    Outputs.write(output.resolve("stories.json"), json.stories(result));
    Outputs.write(output.resolve("articles.jsonl"), json.articlesJsonl(result));
    Outputs.write(output.resolve("report.html"), new HtmlReportWriter().write(result));
    if (source.store == null) {
      for (Rejection r : result.rejected()) {
        spec.commandLine().getErr().println("rejected: " + r.input() + ": " + r.reason());
      }
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%d articles, %d stories, %d rejected, %d embeddings computed -> %s%n",
            result.articles().size(),
            result.stories().size(),
            result.rejected().size(),
            Pipeline.embeddingsComputed(),
            output);
    storyModel.printPairsRead(spec.commandLine().getOut(), pipeline.scorer());
    return 0;
  }

  /** Adds the inputs (if any) to the store and returns everything it holds, stories current. */
  private RunResult runOnStore(Pipeline pipeline) {
    try (Store s = Store.open(source.store)) {
      StoreUpdater updater = new StoreUpdater(pipeline, s);
      if (source.inputs != null) {
        IngestReport.print(
            updater.ingest(source.inputs),
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
      return updater.refresh();
    }
  }
}
