package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.ArticleLink;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.store.IndexedArticle;
import dev.crosscheck.store.LinkState;
import dev.crosscheck.store.Store;
import dev.crosscheck.store.StoryUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental story updates: a store fed in batches ends with the stories of one run over the same
 * inputs (ids aside), computes only the stories a batch touches, and keeps story ids.
 */
class StoreUpdaterTest {
  static final Path EXAMPLE = Path.of("../examples/corpus");

  @TempDir Path temp;

  private final Pipeline pipeline = new Pipeline();

  /** The inputs (seeded news events and the bundled example) split into three folders. */
  private List<Path> batches(long seed) throws IOException {
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>(NewsEvents.write(temp.resolve("all"), 9, random));
    try (Stream<Path> example = Files.list(EXAMPLE)) {
      files.addAll(example.sorted().toList());
    }
    Collections.shuffle(files, random);
    List<Path> folders = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      folders.add(Files.createDirectories(temp.resolve("batch" + b)));
    }
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Files.copy(file, folders.get(i % 3).resolve(file.getFileName()));
    }
    return folders;
  }

  private Store store() {
    return Store.open(temp.resolve("store.db").toString());
  }

  @Test
  void threeBatchesGiveTheStoriesOfOneRun() throws IOException {
    List<Path> folders = batches(20250217L);
    RunResult oneRun = pipeline.run(folders);
    RunResult stored;
    int counted = -1;
    try (Store store = store()) {
      StoreUpdater updater = new StoreUpdater(pipeline, store);
      for (Path folder : folders) {
        updater.ingest(List.of(folder));
        // The counting refresh updates the stories as the reading one does.
        counted = updater.refreshCount();
      }
      stored = updater.refresh();
    }
    assertThat(counted).isEqualTo(stored.stories().size());

    assertThat(oneRun.stories().size()).isGreaterThan(5);
    assertThat(canonical(stored)).isEqualTo(canonical(oneRun));
    assertThat(byArticle(stored)).isEqualTo(byArticle(oneRun));
    assertThat(stored.stories())
        .extracting(Story::articles)
        .containsExactlyElementsOf(oneRun.stories().stream().map(Story::articles).toList());
  }

  @Test
  void aBatchRecomputesOnlyTheStoriesItTouchesAndOthersKeepTheirIds() throws IOException {
    List<Path> folders = batches(7L);
    try (Store store = store()) {
      StoreUpdater updater = new StoreUpdater(pipeline, store);
      updater.ingest(folders.subList(0, 2));
      RunResult before = updater.refresh();
      updater.ingest(folders.subList(2, 3));
      StoryUpdate update = updater.update(store.storyState(300));
      assertThat(store.updateStories(update)).isTrue();
      RunResult after = store.results().orElseThrow();

      Set<String> changed = new HashSet<>();
      update.stories().forEach(s -> changed.add(s.id()));
      assertThat(update.stories()).isNotEmpty();
      assertThat(update.stories().size()).isLessThan(after.stories().size());
      Map<String, Story> afterById = new HashMap<>();
      after.stories().forEach(s -> afterById.put(s.id(), s));
      for (Story old : before.stories()) {
        Story now = afterById.get(old.id());
        if (!changed.contains(old.id())) {
          assertThat(now).as("untouched story %s", old.id()).isEqualTo(old);
        } else if (now != null) {
          assertThat(now.articles())
              .as("a grown story keeps its id")
              .contains(old.articles().get(0));
        }
      }
      assertThat(canonical(after)).isEqualTo(canonical(pipeline.run(folders)));
    }
  }

  @Test
  void aFirstIngestNumbersStoriesAsARunAndARefreshWithoutNewArticlesChangesNothing()
      throws IOException {
    List<Path> folders = batches(11L);
    try (Store store = store()) {
      StoreUpdater updater = new StoreUpdater(pipeline, store);
      updater.ingest(folders);
      RunResult first = updater.refresh();
      assertThat(first.stories()).isEqualTo(pipeline.run(folders).stories());

      StoryUpdate none = updater.update(store.storyState(300));
      assertThat(none.stories()).isEmpty();
      assertThat(none.removed()).isEmpty();
      assertThat(updater.refresh()).isEqualTo(first);
    }
  }

  @Test
  void linksScoredWithTheStoryModelNameItAndAreFoundAgainWhenTheScorerChanges() throws IOException {
    List<Path> folders = batches(5L);
    Pipeline withModel = new Pipeline(LinkScorer.withStoryModel());
    String modelFormat = LinkCodec.format(withModel.scorer());
    assertThat(LinkCodec.format(pipeline.scorer())).isEqualTo(LinkCodec.FORMAT);
    assertThat(modelFormat)
        .contains("min-keys-1 key-overlap-0.05")
        .contains(" story-model-")
        .isNotEqualTo(LinkCodec.FORMAT);
    try (Store store = store()) {
      StoreUpdater words = new StoreUpdater(pipeline, store);
      words.ingest(folders);
      words.refresh();
      assertThat(store.linkState().format()).isEqualTo(LinkCodec.FORMAT);

      // The words' links are not taken up by a clusterer that scores with the model.
      RunResult stored = new StoreUpdater(withModel, store).refresh();
      assertThat(store.linkState().format()).isEqualTo(modelFormat);
      assertThat(withModel.scorer().storyPairsScored()).isPositive();
      assertThat(canonical(stored)).isEqualTo(canonical(withModel.run(folders)));
      // ... and a later updater with the model takes its links up.
      assertThat(restoredIds(store, withModel)).hasSize(store.articleCount());
      assertThat(restoredIds(store, pipeline)).isEmpty();
    }
  }

  @Test
  void aNewUpdaterTakesUpTheSavedLinksAndGivesTheStoriesOfOneRun() throws IOException {
    List<Path> folders = batches(3L);
    try (Store store = store()) {
      new StoreUpdater(pipeline, store).ingest(folders.subList(0, 2));
      new StoreUpdater(pipeline, store).refresh();
      LinkState saved = store.linkState();
      assertThat(saved.format()).isEqualTo(LinkCodec.FORMAT);
      assertThat(saved.links()).hasSize(store.articleCount());

      StoreUpdater next = new StoreUpdater(pipeline, store);
      next.ingest(folders.subList(2, 3));
      RunResult stored = next.refresh();
      assertThat(canonical(stored)).isEqualTo(canonical(pipeline.run(folders)));
      assertThat(restoredIds(store)).hasSize(store.articleCount());
    }
  }

  @Test
  void savedLinksThatAreMalformedOrScoredOtherwiseAreFoundAgain() throws IOException {
    List<Path> folders = batches(5L);
    RunResult oneRun = pipeline.run(folders);
    try (Store store = store()) {
      StoreUpdater first = new StoreUpdater(pipeline, store);
      first.ingest(folders.subList(0, 2));
      first.refresh();
      LinkState good = store.linkState();
      Map<String, byte[]> skewed = new HashMap<>();
      LinkCodec codec = new LinkCodec();
      good.links()
          .forEach(
              (id, bytes) ->
                  skewed.put(
                      id,
                      codec.encode(
                          codec.decode(id, bytes).stream()
                              .map(l -> new ArticleLink(l.article(), l.other(), l.score() * 0.9f))
                              .toList())));
      assertThat(store.putLinks(good.generation(), LinkCodec.FORMAT, skewed)).isTrue();
      assertThat(restoredIds(store)).as("scored otherwise").isEmpty();
      assertThat(store.putLinks(good.generation() + 1, LinkCodec.FORMAT, good.links())).isTrue();
      assertThat(restoredIds(store)).hasSize(store.articleCount());
      String anyId = good.links().keySet().iterator().next();
      assertThat(
              store.putLinks(
                  good.generation() + 2, LinkCodec.FORMAT, Map.of(anyId, new byte[] {0, 0})))
          .isTrue();
      assertThat(restoredIds(store)).as("one row malformed").isEmpty();

      StoreUpdater second = new StoreUpdater(pipeline, store);
      second.ingest(folders.subList(2, 3));
      assertThat(canonical(second.refresh())).isEqualTo(canonical(oneRun));
      // Linked again and saved: the next updater restores every article.
      assertThat(restoredIds(store)).hasSize(store.articleCount());
    }
  }

  @Test
  void keysTurningHotInASecondRunRemoveSavedLinksAsOneRunWouldNotMakeThem() throws IOException {
    // So few postings that the events' shared words turn hot as the second run adds articles.
    int hot = 4;
    List<Path> folders = batches(8L);
    RunResult oneShot;
    Set<String> oneShotLinks;
    try (Store store = Store.open(temp.resolve("one.db").toString())) {
      StoreUpdater updater =
          new StoreUpdater(pipeline, store, StoreUpdater.DEFAULT_BATCH_SIZE, hot);
      updater.ingest(folders);
      oneShot = updater.refresh();
      oneShotLinks = savedLinks(store);
    }
    try (Store store = store()) {
      StoreUpdater first = new StoreUpdater(pipeline, store, StoreUpdater.DEFAULT_BATCH_SIZE, hot);
      first.ingest(folders.subList(0, 1));
      first.refresh();
      Set<String> firstLinks = savedLinks(store);

      StoreUpdater second = new StoreUpdater(pipeline, store, StoreUpdater.DEFAULT_BATCH_SIZE, hot);
      second.ingest(folders.subList(1, 3));
      assertThat(canonical(second.refresh())).isEqualTo(canonical(oneShot));
      assertThat(savedLinks(store)).isEqualTo(oneShotLinks);
      assertThat(firstLinks.stream().filter(l -> !oneShotLinks.contains(l)))
          .as("links of the first run removed in the second")
          .isNotEmpty();
      assertThat(restoredIds(store)).hasSize(store.articleCount());
    }
  }

  /** Every saved link, each pair once: "lesser-id greater-id score". */
  private static Set<String> savedLinks(Store store) {
    LinkCodec codec = new LinkCodec();
    Set<String> found = new java.util.TreeSet<>();
    store
        .linkState()
        .links()
        .forEach(
            (id, bytes) ->
                codec
                    .decode(id, bytes)
                    .forEach(
                        l -> {
                          String a = l.article();
                          String b = l.other();
                          boolean added =
                              found.add(
                                  (a.compareTo(b) < 0 ? a + " " + b : b + " " + a)
                                      + " "
                                      + l.score());
                          assertThat(added).as("saved once: %s", l).isTrue();
                        }));
    return found;
  }

  /** The articles a new updater would restore from the saved links. */
  private static Set<String> restoredIds(Store store) {
    return restoredIds(store, new Pipeline());
  }

  /** The articles a new updater of {@code pipeline} would restore from the saved links. */
  private static Set<String> restoredIds(Store store, Pipeline pipeline) {
    List<IndexedArticle> articles = store.storyState(300).articles();
    FingerprintCodec codec = new FingerprintCodec();
    return new ClusteringKeeper(store, LinkCodec.format(pipeline.scorer()))
        .restore(
            () ->
                IncrementalClusterer.withScorer(
                    LocalDate.now(ZoneOffset.UTC), pipeline.scorer(), 1),
            articles,
            list -> list.stream().map(a -> codec.decode(a.fingerprint(), a.head())).toList())
        .ids();
  }

  @Test
  void anEmptyStoreHasNoStories() {
    try (Store store = store()) {
      RunResult result = new StoreUpdater(pipeline, store).refresh();
      assertThat(result.stories()).isEmpty();
      assertThat(result.articles()).isEmpty();
    }
  }

  /** Each story keyed by its articles, its id blanked: what must not depend on ingest history. */
  static Map<List<String>, Story> canonical(RunResult result) {
    Map<List<String>, Story> stories = new HashMap<>();
    for (Story s : result.stories()) {
      stories.put(
          s.articles(),
          new Story(
              "",
              s.title(),
              s.articles(),
              s.origins(),
              s.brief(),
              s.claims(),
              s.first(),
              s.last(),
              s.outlets(),
              s.entities()));
    }
    return stories;
  }

  /** Each article's result, its story named by the story's first article instead of its id. */
  static Map<String, ArticleResult> byArticle(RunResult result) {
    Map<String, String> firstOf = new HashMap<>();
    result.stories().forEach(s -> firstOf.put(s.id(), s.articles().get(0)));
    Map<String, ArticleResult> articles = new HashMap<>();
    for (ArticleResult a : result.articles()) {
      articles.put(
          a.article().id(),
          new ArticleResult(
              a.article(), firstOf.get(a.story()), a.role(), a.derivedFrom(), a.fillerSentences()));
    }
    return articles;
  }
}
