package dev.crosscheck.cli;

import dev.crosscheck.cluster.ArticleClusterer;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.eval.stories.PartsEvaluation;
import dev.crosscheck.eval.stories.StoryEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval stories --data DIR}: story clustering quality on a folder holding {@code
 * articles.jsonl} and {@code gold.tsv}: B-cubed precision, recall and F1, adjusted Rand index,
 * stories found against gold, the worst merges and splits, and how many title-and-lead embeddings
 * the pair scores needed; with {@code --parts N}, the figures of each of N parts clustered alone
 * and their means.
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
      description =
          "Threads clustering (default: all cores, ${DEFAULT-VALUE} here; the stories do not"
              + " depend on it)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--embeddings",
      description =
          "Weigh the title-and-lead embedding for pairs that words leave ambiguous (off by default)")
  boolean embeddings;

  @Mixin StoryModelOption storyModel;

  @Option(
      names = "--parts",
      paramLabel = "N",
      description =
          "Deal the gold stories into N parts and cluster each alone; prints each part and the"
              + " means (default: ${DEFAULT-VALUE}: the whole set)")
  int parts = 1;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Path data = options.folder();
    if (!Files.isRegularFile(data.resolve("articles.jsonl"))
        || !Files.isRegularFile(data.resolve("gold.tsv"))) {
      throw new UsageException("--data " + data + " must hold articles.jsonl and gold.tsv");
    }
    if (examples < 0 || threads < 1 || parts < 1) {
      throw new UsageException("--examples must be >= 0, --threads >= 1 and --parts >= 1");
    }
    if (embeddings && storyModel.enabled) {
      throw new UsageException("--embeddings and --story-model exclude each other: choose one");
    }
    StoryDataSet dataset;
    try {
      dataset = StoryDataSet.read(data);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path name = data.toAbsolutePath().normalize().getFileName();
    String label = name == null ? data.toString() : name.toString();
    LinkScorer scorer = embeddings ? LinkScorer.withEmbeddings() : storyModel.scorer();
    Supplier<ArticleClusterer> clusterers =
        () -> IncrementalClusterer.withScorer(LocalDate.now(), scorer, threads);
    StoryEvaluator evaluator = new StoryEvaluator(examples);
    int articles = dataset.articles().size();
    if (parts == 1) {
      spec.commandLine()
          .getOut()
          .print(evaluator.evaluate(label, dataset, clusterers.get()).format());
    } else {
      PartsEvaluation evaluation;
      try {
        evaluation = evaluator.evaluateParts(label, dataset, parts, clusterers);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--parts: " + e.getMessage());
      }
      spec.commandLine().getOut().print(evaluation.format());
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%nembeddings computed: %d (for %d articles)%n", scorer.embeddingsComputed(), articles);
    storyModel.printPairsRead(spec.commandLine().getOut(), scorer);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
