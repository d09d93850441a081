package dev.crosscheck.cli;

import dev.crosscheck.eval.extraction.BoilerpipeExtractor;
import dev.crosscheck.eval.extraction.ExtractionCorpus;
import dev.crosscheck.eval.extraction.ExtractionEvaluator;
import dev.crosscheck.eval.extraction.OursExtractor;
import dev.crosscheck.eval.extraction.Readability4jExtractor;
import dev.crosscheck.eval.extraction.TextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval extraction}: main-text extraction scored as trafilatura scores it (must
 * and must-not segments), ours beside boilerpipe and Readability4J, with pages per second.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description =
        "Score main-text extraction on the trafilatura evaluation set: precision, recall, F1 and"
            + " accuracy of ours, boilerpipe and Readability4J, both halves, pages/s, metadata.")
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions options;

  @Option(names = "--ours-only", description = "Score only our extractor (quicker; no baselines)")
  boolean oursOnly;

  @Override
  public Integer call() throws Exception {
    Path data = options.folder();
    if (!Files.isRegularFile(data.resolve(ExtractionCorpus.ANNOTATIONS))) {
      throw new UsageException(
          "--data " + data + ": not an extraction set (no " + ExtractionCorpus.ANNOTATIONS + ")");
    }
    List<TextExtractor> extractors = new ArrayList<>(List.of(new OursExtractor()));
    if (!oursOnly) {
      extractors.add(new BoilerpipeExtractor());
      extractors.add(new Readability4jExtractor());
    }
    spec.commandLine()
        .getOut()
        .printf("%s", new ExtractionEvaluator(extractors).evaluate(data).format());
    return 0;
  }
}
