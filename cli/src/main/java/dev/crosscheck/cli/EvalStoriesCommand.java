package dev.crosscheck.cli;

import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.eval.stories.StoryEvaluation;
import dev.crosscheck.eval.stories.StoryEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval stories --data DIR}: story clustering quality on a folder holding {@code
 * articles.jsonl} and {@code gold.tsv}: B-cubed precision, recall and F1, adjusted Rand index,
 * stories found against gold, the worst merges and splits, and how many title-and-lead embeddings
 * the pair scores needed.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Story clustering: B-cubed P/R/F1, ARI, worst merges and splits.")
final class EvalStoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions options;

  @Option(
      names = "--examples",
      paramLabel = "N",
      description = "Merges and splits shown (default: ${DEFAULT-VALUE})")
  int examples = StoryEvaluator.DEFAULT_EXAMPLES;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads (default: ${DEFAULT-VALUE})")
  int threads = 1;

  @Option(
      names = "--embeddings",
      description =
          "Weigh the title-and-lead embedding for pairs that words leave ambiguous (off by default)")
  boolean embeddings;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Path data = options.folder();
    if (!Files.isRegularFile(data.resolve("articles.jsonl"))
        || !Files.isRegularFile(data.resolve("gold.tsv"))) {
      throw new UsageException("--data " + data + " must hold articles.jsonl and gold.tsv");
    }
    if (examples < 0 || threads < 1) {
      throw new UsageException("--examples must be >= 0 and --threads >= 1");
    }
    StoryDataSet dataset;
    try {
      dataset = StoryDataSet.read(data);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path name = data.toAbsolutePath().normalize().getFileName();
    LinkScorer scorer = embeddings ? LinkScorer.withEmbeddings() : new LinkScorer();
    IncrementalClusterer clusterer =
        new IncrementalClusterer(
            new FeatureExtractor(LocalDate.now()),
            scorer,
            IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
            IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
            threads);
    StoryEvaluation evaluation =
        new StoryEvaluator(examples)
            .evaluate(name == null ? data.toString() : name.toString(), dataset, clusterer);
    spec.commandLine().getOut().print(evaluation.format());
    spec.commandLine()
        .getOut()
        .printf(
            "%nembeddings computed: %d (for %d articles)%n",
            scorer.embeddingsComputed(), evaluation.articles());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
