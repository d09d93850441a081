package dev.crosscheck.server;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.NewArticle;
import dev.crosscheck.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the articles in a {@link Store}: uploads are committed in one transaction, then the stories
 * are brought up to date and written back, so a restarted server shows the same stories. Duplicates
 * (by id or content) are the store's to find.
 */
public final class StoreBackend implements StoryBackend {
  private final Store store;
  private final Pipeline pipeline;
  private final StoreUpdater updater;
  private volatile RunResult result;

  /**
   * A backend over {@code store}, which it closes; {@code inputs} (possibly empty) are ingested
   * first.
   */
  public StoreBackend(Store store, List<Path> inputs) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = new Pipeline();
    this.updater = new StoreUpdater(pipeline, store);
    if (!inputs.isEmpty()) {
      updater.ingest(inputs);
    }
    this.result = updater.refresh();
  }

  /** Opens the store at {@code location} (see {@link Store#open}) and ingests {@code inputs}. */
  public static StoreBackend open(String location, List<Path> inputs) {
    return new StoreBackend(Store.open(location), inputs);
  }

  @Override
  public RunResult result() {
    return result;
  }

  @Override
  public synchronized List<AddOutcome> add(List<RawDocument> documents) {
    List<NewArticle> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Integer> articleAt = new ArrayList<>();
    List<Integer> rejectionAt = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      RawDocument document = documents.get(i);
      String reason;
      try {
        Article article = pipeline.extract(document);
        if (!article.text().isBlank()) {
          articles.add(new NewArticle(article, document));
          articleAt.add(i);
          continue;
        }
        reason = "no article text found";
      } catch (RuntimeException e) {
        reason = "extraction failed: " + e.getMessage();
      }
      rejections.add(new Rejection(document.input(), reason));
      rejectionAt.add(i);
    }
    List<IngestEntry> entries = store.add(articles, rejections);
    AddOutcome[] outcomes = new AddOutcome[documents.size()];
    boolean added = false;
    for (int k = 0; k < entries.size(); k++) {
      IngestEntry e = entries.get(k);
      int at = k < articleAt.size() ? articleAt.get(k) : rejectionAt.get(k - articleAt.size());
      outcomes[at] =
          switch (e.status()) {
            case ACCEPTED -> AddOutcome.added(e.articleId());
            case DUPLICATE -> AddOutcome.duplicate(e.articleId(), e.reason());
            case REJECTED -> AddOutcome.rejected(e.articleId(), e.reason());
          };
      added |= outcomes[at].status().equals(AddOutcome.ADDED);
    }
    if (added) {
      result = updater.refresh();
    }
    return List.of(outcomes);
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
