package dev.crosscheck.pipeline;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.StorySummary;
import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.store.Fingerprint;
import dev.crosscheck.store.IndexedArticle;
import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.NewArticle;
import dev.crosscheck.store.Store;
import dev.crosscheck.store.StoreException;
import dev.crosscheck.store.StoryState;
import dev.crosscheck.store.StoryUpdate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Keeps a store's stories current across runs: {@link #ingest} adds articles (with their
 * fingerprints) through the same ingest and extract stages as {@link Pipeline#run}, committing them
 * in batches; {@link #refresh} brings the stories up to date incrementally. The steps of a refresh:
 *
 * <ol>
 *   <li>read every article's head, story and fingerprint ({@link Store#storyState}); compute and
 *       store the fingerprints that are missing (stores of version 1);
 *   <li>cluster all articles from their fingerprints ({@link IncrementalClusterer#addFeatures}: no
 *       text is read; the clustering depends only on the set of articles, so an updater that lives
 *       on, as the server's does, adds only the articles it has not clustered yet). A new updater
 *       first takes up the links saved in the store ({@link ClusteringKeeper}: no candidate of a
 *       linked article is scored again) and saves the links of the articles it adds;
 *   <li>name the stories after the stored ones ({@link StoryIds}: a story keeps its id as it grows;
 *       see there for merges and splits);
 *   <li>compute lineage, claims and brief ({@link Pipeline#summarize(String, List, StorySummary)})
 *       only for stories whose articles changed, and write just those ({@link
 *       Store#updateStories}); every other story keeps its stored row.
 * </ol>
 *
 * Each story depends only on its own articles, so the stories equal those of a one-shot {@link
 * Pipeline#run} on the same articles, ids aside. A run killed at any point and started again ends
 * with the same articles and stories: committed batches are found again as duplicates, and a
 * refresh starts from whatever stories were last committed. Not thread-safe: one caller at a time.
 */
public final class StoreUpdater {
  /** Articles committed per transaction. */
  public static final int DEFAULT_BATCH_SIZE = 64;

  /**
   * Batches extracted ahead of the one being committed: enough that the cores never wait for a
   * commit, few enough that little is extracted in vain when a commit fails.
   */
  static final int BATCHES_AHEAD = 2;

  /** Stories whose texts are read at a time while earlier stories are computed. */
  static final int TEXT_CHUNK = 256;

  /** Refreshes tried in a row while other processes keep updating the same stories. */
  public static final int MAX_REFRESH_ATTEMPTS = 8;

  private final Pipeline pipeline;
  private final Store store;
  private final DocumentReader reader = new DocumentReader();
  private final FingerprintCodec codec = new FingerprintCodec();
  private final int batchSize;
  private final LocalDate today;
  private final FeatureExtractor features;
  // The articles clustered so far, kept between refreshes of a long-lived updater.
  private IncrementalClusterer clusterer;
  private final Set<String> clustered = new HashSet<>();
  private final ClusteringKeeper keeper;
  private final String linkFormat;
  private final int hotKeyPostings;

  public StoreUpdater(Pipeline pipeline, Store store) {
    this(pipeline, store, DEFAULT_BATCH_SIZE);
  }

  /** An updater committing {@code batchSize} (at least 1) articles per transaction. */
  public StoreUpdater(Pipeline pipeline, Store store, int batchSize) {
    this(pipeline, store, batchSize, IncrementalClusterer.DEFAULT_HOT_KEY_POSTINGS);
  }

  /** An updater whose clusterer's keys turn hot at {@code hotKeyPostings}: for tests. */
  StoreUpdater(Pipeline pipeline, Store store, int batchSize, int hotKeyPostings) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be >= 1");
    }
    this.pipeline = pipeline;
    this.store = store;
    this.batchSize = batchSize;
    // Dates after today are not publication days; only that depends on the clock.
    this.today = LocalDate.now(ZoneOffset.UTC);
    this.features = new FeatureExtractor(today);
    this.linkFormat = LinkCodec.format(pipeline.scorer());
    this.keeper = new ClusteringKeeper(store, linkFormat);
    this.hotKeyPostings = hotKeyPostings;
  }

  /**
   * Reads and extracts {@code inputs} and adds the articles, with their fingerprints, to the store,
   * one transaction per batch. Stories are left stale: call {@link #refresh} after.
   *
   * @return what became of each input: accepted, duplicate (with the stored article) or rejected
   */
  public List<IngestEntry> ingest(List<Path> inputs) {
    IngestResult read = reader.read(inputs);
    List<RawDocument> documents = read.documents();
    List<List<RawDocument>> batches = new ArrayList<>();
    for (int from = 0; from < documents.size() || from == 0; from += batchSize) {
      batches.add(documents.subList(from, Math.min(documents.size(), from + batchSize)));
    }
    List<IngestEntry> entries = new ArrayList<>();
    ForkJoinPool pool = new ForkJoinPool(threads());
    try {
      // The next batches are extracted on every core while this thread commits one: a commit
      // waits for the disk, and the cores have work meanwhile. Batches commit in input order.
      Deque<CompletableFuture<List<Signed>>> ahead = new ArrayDeque<>();
      int submitted = 0;
      for (int b = 0; b < batches.size(); b++) {
        while (submitted < batches.size() && submitted <= b + BATCHES_AHEAD) {
          List<RawDocument> batch = batches.get(submitted++);
          ahead.add(CompletableFuture.supplyAsync(() -> sign(batch), pool));
        }
        List<Signed> signed = joined(ahead.poll());
        entries.addAll(commit(signed, b == 0 ? read.rejected() : List.of()));
      }
    } finally {
      pool.shutdownNow();
    }
    return entries;
  }

  /**
   * Extracts {@code documents} and adds the articles, with their fingerprints, to the store in one
   * transaction, logging {@code rejected} (inputs that were not read) with them. Stories are left
   * stale: call {@link #refresh} after.
   *
   * @return one entry per document, in order, then one per rejection given
   */
  public List<IngestEntry> add(List<RawDocument> documents, List<Rejection> rejected) {
    return commit(sign(documents), rejected);
  }

  /** Extracts and fingerprints {@code documents}, in parallel (in the caller's pool, if any). */
  private List<Signed> sign(List<RawDocument> documents) {
    return documents.parallelStream().map(this::extractAndSign).toList();
  }

  /**
   * Adds the articles of {@code signed}, with {@code rejected}, to the store in one transaction.
   *
   * @return one entry per document, in order, then one per rejection given
   */
  private List<IngestEntry> commit(List<Signed> signed, List<Rejection> rejected) {
    List<NewArticle> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Signed s : signed) {
      if (s.article() != null) {
        articles.add(s.article());
      } else {
        rejections.add(s.rejection());
      }
    }
    rejections.addAll(rejected);
    List<IngestEntry> stored = store.add(articles, rejections);
    // The store answers articles first, then rejections: put them back in document order.
    List<IngestEntry> entries = new ArrayList<>();
    int article = 0;
    int rejection = articles.size();
    for (Signed s : signed) {
      entries.add(stored.get(s.article() != null ? article++ : rejection++));
    }
    entries.addAll(stored.subList(rejection, stored.size()));
    return entries;
  }

  /** A document extracted and fingerprinted, or its rejection. */
  private record Signed(NewArticle article, Rejection rejection) {}

  private Signed extractAndSign(RawDocument document) {
    ExtractedDocument e = pipeline.extractOrReject(document);
    if (!e.accepted()) {
      return new Signed(null, e.rejection());
    }
    Fingerprint fingerprint = codec.encode(features.extract(e.article()));
    return new Signed(new NewArticle(e.article(), document, fingerprint), null);
  }

  /**
   * The store's stories, brought up to date when articles were added since they were computed: only
   * the stories whose articles changed are computed again (see the class comment).
   *
   * @throws StoreException when the store fails, or other processes kept changing the stories
   *     through {@link #MAX_REFRESH_ATTEMPTS} refreshes
   */
  public RunResult refresh() {
    return refreshed(store::results);
  }

  /**
   * Brings the stories up to date as {@link #refresh} does, and returns how many there are without
   * reading them back (a large store's stories and texts take long to read).
   *
   * @throws StoreException as {@link #refresh}
   */
  public int refreshCount() {
    return refreshed(
        () -> {
          OptionalInt count = store.storyCount();
          return count.isPresent() ? Optional.of(count.getAsInt()) : Optional.empty();
        });
  }

  /** Updates the stories until {@code current} finds them up to date, and returns what it found. */
  private <T> T refreshed(Supplier<Optional<T>> current) {
    for (int attempt = 0; attempt < MAX_REFRESH_ATTEMPTS; attempt++) {
      Optional<T> found = current.get();
      if (found.isPresent() && (clusterer != null || !scoredOtherwise())) {
        return found.get();
      }
      store.updateStories(update(store.storyState(ArticleFeatures.STORED_TEXT_CHARS)));
    }
    return current
        .get()
        .orElseThrow(
            () ->
                new StoreException(
                    store.describe()
                        + ": other processes kept changing the stories; run the ingest again"));
  }

  /**
   * Whether the stored stories were cut by another scorer than this updater's (saved links of
   * another format, as after a plain ingest followed by {@code run --story-model}): they are cut
   * again once. A store without saved links counts as cut by the default scorer.
   */
  private boolean scoredOtherwise() {
    String saved = store.linkFormat();
    return saved.isEmpty() ? !linkFormat.equals(LinkCodec.FORMAT) : !saved.equals(linkFormat);
  }

  /** The stories that change from {@code state} to a clustering of all its articles. */
  StoryUpdate update(StoryState state) {
    List<StorySummary> summaries = cluster(state.articles());
    List<String> order = new ArrayList<>();
    Map<String, String> storedStory = new HashMap<>();
    for (IndexedArticle a : state.articles()) {
      order.add(a.id());
      if (a.story() != null) {
        storedStory.put(a.id(), a.story());
      }
    }
    StoryIds.Naming naming =
        StoryIds.name(
            order,
            storedStory,
            summaries.stream().map(StorySummary::articles).toList(),
            state.nextStory());
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      if (!naming.unchanged().get(i)) {
        changed.add(i);
      }
    }
    List<RunResult> results = summarize(changed, naming.ids(), summaries);
    List<Story> stories = new ArrayList<>();
    List<ArticleResult> placements = new ArrayList<>();
    for (RunResult r : results) {
      stories.addAll(r.stories());
      placements.addAll(r.articles());
    }
    return new StoryUpdate(
        state.storiesGeneration(),
        state.articlesGeneration(),
        naming.removed(),
        stories,
        placements,
        naming.nextStory());
  }

  /**
   * The stories {@code changed} (indexes into {@code summaries}) computed, in that order. The
   * largest go first, so that no core is left alone with a long story at the end; this thread reads
   * the texts of the next stories while the cores compute the earlier ones.
   */
  private List<RunResult> summarize(
      List<Integer> changed, List<String> ids, List<StorySummary> summaries) {
    List<Integer> order = new ArrayList<>(changed);
    order.sort(
        Comparator.comparingInt((Integer i) -> -summaries.get(i).articles().size())
            .thenComparingInt(i -> i));
    Map<Integer, CompletableFuture<RunResult>> running = new HashMap<>();
    ForkJoinPool pool = new ForkJoinPool(threads());
    try {
      for (int from = 0; from < order.size(); from += TEXT_CHUNK) {
        List<Integer> chunk = order.subList(from, Math.min(order.size(), from + TEXT_CHUNK));
        Map<String, Article> texts = new HashMap<>();
        store
            .articles(chunk.stream().flatMap(i -> summaries.get(i).articles().stream()).toList())
            .forEach(a -> texts.put(a.id(), a));
        for (int i : chunk) {
          List<Article> articles = summaries.get(i).articles().stream().map(texts::get).toList();
          running.put(
              i,
              CompletableFuture.supplyAsync(
                  () -> pipeline.summarize(ids.get(i), articles, summaries.get(i)), pool));
        }
      }
      List<RunResult> results = new ArrayList<>();
      for (int i : changed) {
        results.add(joined(running.get(i)));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The value of {@code future}, with a failure thrown as it was thrown. */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  private static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The stories of {@code articles}: those not clustered yet by this updater are added to its
   * clusterer (articles are never removed from a store, and the clustering depends only on the set
   * of articles, so a long-lived updater such as the server's adds only what is new). A new updater
   * first takes up the links saved in the store ({@link ClusteringKeeper}), and saves the links of
   * what it adds.
   */
  private List<StorySummary> cluster(List<IndexedArticle> articles) {
    try {
      if (clusterer == null) {
        ClusteringKeeper.Restored restored =
            keeper.restore(
                () ->
                    new IncrementalClusterer(
                        features,
                        pipeline.scorer(),
                        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
                        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
                        IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD,
                        threads(),
                        hotKeyPostings),
                articles,
                this::features);
        clusterer = restored.clusterer();
        clustered.addAll(restored.ids());
      }
      List<IndexedArticle> fresh =
          articles.stream().filter(a -> !clustered.contains(a.id())).toList();
      clusterer.addFeatures(features(fresh));
      List<String> ids = fresh.stream().map(IndexedArticle::id).toList();
      clustered.addAll(ids);
      keeper.save(clusterer, ids);
    } catch (RuntimeException e) {
      clusterer = null;
      clustered.clear();
      throw e;
    }
    return clusterer.summaries();
  }

  /**
   * The clustering features of {@code articles}, in order: decoded from each stored fingerprint, or
   * extracted from the text (and stored) when there is none of the current format.
   */
  private List<ArticleFeatures> features(List<IndexedArticle> articles) {
    List<String> missing = new ArrayList<>();
    for (IndexedArticle a : articles) {
      if (a.fingerprint() == null || a.fingerprint().format() != FingerprintCodec.FORMAT) {
        missing.add(a.id());
      }
    }
    Map<String, ArticleFeatures> extracted = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      List<ArticleFeatures> fresh =
          store.articles(missing).parallelStream().map(features::extract).toList();
      Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
      fresh.forEach(
          f -> {
            extracted.put(f.id(), f);
            fingerprints.put(f.id(), codec.encode(f));
          });
      store.putFingerprints(fingerprints);
    }
    return articles.parallelStream()
        .map(
            a ->
                extracted.containsKey(a.id())
                    ? extracted.get(a.id())
                    : codec.decode(a.fingerprint(), a.head()))
        .toList();
  }
}
