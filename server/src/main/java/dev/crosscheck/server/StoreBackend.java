package dev.crosscheck.server;

import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the articles in a {@link Store}: uploads are committed (with their fingerprints) in one
 * transaction, then only the stories they touch are computed again and written back, so a restarted
 * server shows the same stories under the same ids. Duplicates (by id or content) are the store's
 * to find.
 */
public final class StoreBackend implements StoryBackend {
  private final Store store;
  private final StoreUpdater updater;
  private volatile RunResult result;

  /**
   * A backend over {@code store}, which it closes, run by {@code pipeline}; {@code inputs}
   * (possibly empty) are ingested first.
   */
  public StoreBackend(Pipeline pipeline, Store store, List<Path> inputs) {
    this.store = Objects.requireNonNull(store, "store");
    this.updater = new StoreUpdater(pipeline, store);
    if (!inputs.isEmpty()) {
      updater.ingest(inputs);
    }
    this.result = updater.refresh();
  }

  /** Opens the store at {@code location} (see {@link Store#open}) and ingests {@code inputs}. */
  public static StoreBackend open(Pipeline pipeline, String location, List<Path> inputs) {
    return new StoreBackend(pipeline, Store.open(location), inputs);
  }

  @Override
  public RunResult result() {
    return result;
  }

  @Override
  public synchronized List<AddOutcome> add(List<RawDocument> documents) {
    List<AddOutcome> outcomes = new ArrayList<>();
    boolean added = false;
    for (IngestEntry e : updater.add(documents, List.of())) {
      AddOutcome outcome =
          switch (e.status()) {
            case ACCEPTED -> AddOutcome.added(e.articleId());
            case DUPLICATE -> AddOutcome.duplicate(e.articleId(), e.reason());
            case REJECTED -> AddOutcome.rejected(e.articleId(), e.reason());
          };
      outcomes.add(outcome);
      added |= outcome.status().equals(AddOutcome.ADDED);
    }
    if (added) {
      result = updater.refresh();
    }
    return List.copyOf(outcomes);
  }

  @Override
  public String describe() {
    RunResult r = result;
    return store.describe()
        + " ("
        + r.articles().size()
        + " articles, "
        + r.stories().size()
        + " stories)";
  }

  @Override
  public void close() {
    store.close();
  }
}
