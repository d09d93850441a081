package dev.crosscheck.cli;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.pipeline.Extraction;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.JsonResultWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck extract}: one JSON line per input document with its extracted article. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract title, byline, date, language and body text from each input.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions options;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "Where to write the JSON Lines")
  Path output;

  @Override
  public Integer call() throws Exception {
    Outputs.prepareFile(output);
    Extraction extraction = new Pipeline().extract(options.inputs);
    JsonResultWriter json = new JsonResultWriter();
    StringBuilder lines = new StringBuilder();
    for (Article article : extraction.articles()) {
      lines.append(json.extractLine(article));
    }
    Outputs.write(output, lines.toString());
    for (Rejection r : extraction.rejected()) {
      spec.commandLine().getErr().println("rejected: " + r.input() + ": " + r.reason());
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%d articles, %d rejected -> %s%n",
            extraction.articles().size(), extraction.rejected().size(), output);
    return 0;
  }
}
