package dev.crosscheck.cli;

import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck ingest}: adds articles to a store (the same ingest and extract stages as {@code
 * run}) and brings its stories up to date. Articles already stored, by id or by content, are
 * reported and not added again; a run killed at any point can simply be started again.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Add articles to a store and bring its stories up to date.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions options;

  @Mixin StoryModelOption storyModel;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "LOCATION",
      description = StoreOption.DESCRIPTION)
  String store;

  @Override
  public Integer call() {
    try (Store s = Store.open(store)) {
      StoreUpdater updater = new StoreUpdater(storyModel.pipeline(), s);
      IngestReport report =
          IngestReport.print(
              updater.ingest(options.inputs),
              spec.commandLine().getOut(),
              spec.commandLine().getErr());
      // Counted in the store: reading every story and text back only to count them took long.
      int stories = updater.refreshCount();
      spec.commandLine()
          .getOut()
          .printf(
              "%d added, %d duplicates, %d rejected; the store holds %d articles, %d stories -> %s%n",
              report.added(),
              report.duplicates(),
              report.rejected(),
              s.articleCount(),
              stories,
              s.describe());
    }
    return 0;
  }
}
