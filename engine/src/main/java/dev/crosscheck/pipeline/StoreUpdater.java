package dev.crosscheck.pipeline;

import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.NewArticle;
import dev.crosscheck.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a store's stories current across runs: {@link #ingest} adds articles through the same
 * ingest and extract stages as {@link Pipeline#run}, committing them in batches; {@link #refresh}
 * brings the stories up to date. A run killed at any point and started again ends with the same
 * articles and stories: committed batches are found again as duplicates, and stories left stale are
 * recomputed.
 */
public final class StoreUpdater {
  /** Articles committed per transaction. */
  public static final int DEFAULT_BATCH_SIZE = 64;

  private final Pipeline pipeline;
  private final Store store;
  private final DocumentReader reader = new DocumentReader();
  private final int batchSize;

  public StoreUpdater(Pipeline pipeline, Store store) {
    this(pipeline, store, DEFAULT_BATCH_SIZE);
  }

  /** An updater committing {@code batchSize} (at least 1) articles per transaction. */
  public StoreUpdater(Pipeline pipeline, Store store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be >= 1");
    }
    this.pipeline = pipeline;
    this.store = store;
    this.batchSize = batchSize;
  }

  /**
   * Reads and extracts {@code inputs} and adds the articles to the store, one transaction per
   * batch. Stories are left stale: call {@link #refresh} after.
   *
   * @return what became of each input: accepted, duplicate (with the stored article) or rejected
   */
  public List<IngestEntry> ingest(List<Path> inputs) {
    IngestResult read = reader.read(inputs);
    List<RawDocument> documents = read.documents();
    List<IngestEntry> entries = new ArrayList<>();
    List<Rejection> pending = new ArrayList<>(read.rejected());
    for (int from = 0; from < documents.size() || !pending.isEmpty(); from += batchSize) {
      List<RawDocument> batch =
          documents.subList(from, Math.min(documents.size(), from + batchSize));
      List<NewArticle> articles = new ArrayList<>();
      for (ExtractedDocument e : batch.parallelStream().map(pipeline::extractOrReject).toList()) {
        if (e.accepted()) {
          articles.add(new NewArticle(e.article(), e.document()));
        } else {
          pending.add(e.rejection());
        }
      }
      entries.addAll(store.add(articles, pending));
      pending.clear();
    }
    return entries;
  }

  /**
   * The store's stories, brought up to date when articles were added since they were computed. This
   * first cut recomputes every story from every article ({@link Pipeline#process(Store)}); an
   * incremental clusterer would recompute only the stories that the new articles touch.
   */
  public RunResult refresh() {
    return store.results().orElseGet(() -> pipeline.process(store));
  }
}
