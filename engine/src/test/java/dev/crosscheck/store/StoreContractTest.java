package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do, whatever keeps the data: each implementation's test extends
 * this and says how to open a fresh store and open it again.
 */
abstract class StoreContractTest {
  private final List<Store> opened = new ArrayList<>();

  /** A fresh, empty store; each call of one test gives the same location. */
  abstract String location();

  Store open() {
    Store store = Store.open(location());
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(Store::close);
  }

  static Article article(String id, String text) {
    return new Article(
        id, id + ".txt", "Title " + id, null, "Outlet", null, "2025-02-17", "en", text);
  }

  static NewArticle incoming(Article a) {
    return new NewArticle(
        a, new RawDocument(a.id(), a.input(), RawDocument.Format.TEXT, a.text(), null));
  }

  static List<NewArticle> batch(Article... articles) {
    return java.util.Arrays.stream(articles).map(StoreContractTest::incoming).toList();
  }

  @Test
  void emptyStoreHoldsNothingAndItsNoStoriesAreCurrent() {
    Store store = open();

    assertThat(store.articleCount()).isZero();
    assertThat(store.snapshot().articles()).isEmpty();
    assertThat(store.snapshot().generation()).isZero();
    assertThat(store.log()).isEmpty();
    assertThat(store.results()).contains(new RunResult(List.of(), List.of(), List.of()));
    assertThat(store.storyCount()).hasValue(0);
  }

  @Test
  void articlesComeBackWithEveryFieldInStoredOrder() {
    Store store = open();
    Article full =
        new Article(
            "b",
            "in/b.html",
            "Héadline ı",
            "By Ann",
            "Src",
            "https://x/b",
            "2025-02-17T10:00:00Z",
            "tr",
            "Body\n\nTwo");
    Article sparse =
        new Article("a", "in/a.jsonl:3", null, null, null, null, null, null, "Only text");

    List<IngestEntry> entries = store.add(batch(full, sparse), List.of());

    assertThat(entries).extracting(IngestEntry::status).containsOnly(IngestStatus.ACCEPTED);
    assertThat(store.snapshot().articles()).containsExactly(full, sparse);
    store.close();
    assertThat(open().snapshot().articles()).containsExactly(full, sparse);
  }

  @Test
  void sameIdOrSameContentIsStoredOnceAndReported() {
    Store store = open();
    store.add(batch(article("one", "Text one.")), List.of());
    Article sameId = article("one", "Other text.");
    Article sameContent =
        new Article(
            "two",
            "elsewhere/two.txt",
            "Title one",
            null,
            "Outlet",
            null,
            "2025-02-17",
            "en",
            "Text one.");
    Article inBatchTwice = article("three", "Text three.");

    List<IngestEntry> entries =
        store.add(batch(sameId, sameContent, inBatchTwice, inBatchTwice), List.of());

    assertThat(entries)
        .extracting(IngestEntry::status)
        .containsExactly(
            IngestStatus.DUPLICATE,
            IngestStatus.DUPLICATE,
            IngestStatus.ACCEPTED,
            IngestStatus.DUPLICATE);
    assertThat(entries.get(0).articleId()).isEqualTo("one");
    assertThat(entries.get(0).reason()).contains("one").contains("other content");
    assertThat(entries.get(1).articleId()).isEqualTo("one");
    assertThat(entries.get(1).reason()).contains("same content").contains("one");
    assertThat(store.snapshot().articles()).extracting(Article::id).containsExactly("one", "three");
    assertThat(store.snapshot().articles().get(0).text()).isEqualTo("Text one.");
  }

  @Test
  void rejectionsAreLoggedAndStandUntilTheInputIsAccepted() {
    Store store = open();
    store.add(
        List.of(),
        List.of(new Rejection("bad.pdf", "unsupported"), new Rejection("x.txt", "empty")));
    store.add(
        batch(new Article("x", "x.txt", null, null, null, null, null, null, "Now full.")),
        List.of());

    assertThat(store.log())
        .extracting(IngestEntry::input, IngestEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad.pdf", IngestStatus.REJECTED),
            org.assertj.core.groups.Tuple.tuple("x.txt", IngestStatus.REJECTED),
            org.assertj.core.groups.Tuple.tuple("x.txt", IngestStatus.ACCEPTED));
    assertThat(store.snapshot().rejected())
        .containsExactly(new Rejection("bad.pdf", "unsupported"));
  }

  @Test
  void generationGrowsOnlyWhenArticlesAreAdded() {
    Store store = open();
    store.add(batch(article("a", "A.")), List.of());
    long first = store.snapshot().generation();
    store.add(batch(article("a", "A.")), List.of(new Rejection("r", "why")));

    assertThat(first).isEqualTo(1);
    assertThat(store.snapshot().generation()).isEqualTo(first);
    store.add(batch(article("b", "B.")), List.of());
    assertThat(store.snapshot().generation()).isEqualTo(first + 1);
  }

  @Test
  void storiesRoundTripAndGoStaleWhenArticlesArrive() {
    Store store = open();
    store.add(batch(article("a", "A says 5."), article("b", "B says 6.")), List.of());
    Snapshot snapshot = store.snapshot();
    RunResult result = result(snapshot.articles());

    assertThat(store.results()).isEmpty();
    assertThat(store.storyCount()).isEmpty();
    store.replaceStories(snapshot.generation(), result);
    assertThat(store.results()).contains(result);
    assertThat(store.storyCount()).hasValue(result.stories().size());
    store.close();
    Store again = open();
    assertThat(again.results()).contains(result);

    again.add(batch(article("c", "C.")), List.of());
    assertThat(again.results()).isEmpty();
    assertThat(again.storyCount()).isEmpty();
    again.replaceStories(snapshot.generation() - 1, new RunResult(List.of(), List.of(), List.of()));
    assertThat(again.snapshot().generation()).isEqualTo(snapshot.generation() + 1);
  }

  @Test
  void olderStoriesDoNotReplaceNewerOnes() {
    Store store = open();
    store.add(batch(article("a", "A."), article("b", "B.")), List.of());
    RunResult newer = result(store.snapshot().articles());
    store.replaceStories(store.snapshot().generation(), newer);

    store.replaceStories(0, new RunResult(List.of(), List.of(), List.of()));

    assertThat(store.results()).contains(newer);
  }

  @Test
  void seededRandomBatchesKeepOneOfEachIdAndContent() {
    Random random = new Random(20250217L);
    Store store = open();
    Map<String, Article> expected = new LinkedHashMap<>();
    java.util.Set<String> texts = new java.util.HashSet<>();
    for (int batch = 0; batch < 12; batch++) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(8); i++) {
        String id = "id" + random.nextInt(30);
        String text = "Text " + random.nextInt(25) + ".";
        Article a =
            new Article(
                id,
                id + ".txt",
                random.nextBoolean() ? null : "T",
                null,
                null,
                null,
                null,
                "en",
                text);
        articles.add(a);
        if (!expected.containsKey(id) && texts.add(a.title() + "|" + text)) {
          expected.put(id, a);
        }
      }
      store.add(articles.stream().map(StoreContractTest::incoming).toList(), List.of());
    }

    assertThat(store.snapshot().articles()).containsExactlyElementsOf(expected.values());
    assertThat(store.articleCount()).isEqualTo(expected.size());
  }

  @Test
  void aLargeBatchIsCheckedAsIfAddedOneByOne() {
    // More articles than one statement's parameter list holds, duplicates within and across calls.
    Random random = new Random(20261121L);
    Store store = open();
    Map<String, String> textById = new LinkedHashMap<>();
    Map<String, String> idByText = new java.util.HashMap<>();
    for (int call = 0; call < 2; call++) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String id = "id" + random.nextInt(1500);
        // One title for all: articles of other ids may have the same content.
        articles.add(
            new Article(
                id,
                id + ".txt",
                "Title",
                null,
                "Outlet",
                null,
                "2025-02-17",
                "en",
                "Text " + random.nextInt(1500) + "."));
      }
      List<IngestEntry> entries =
          store.add(articles.stream().map(StoreContractTest::incoming).toList(), List.of());

      assertThat(entries).hasSize(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        IngestEntry e = entries.get(i);
        if (textById.containsKey(a.id())) {
          assertThat(e.status()).isEqualTo(IngestStatus.DUPLICATE);
          assertThat(e.articleId()).isEqualTo(a.id());
          assertThat(e.reason())
              .contains(a.text().equals(textById.get(a.id())) ? "already stored" : "other content");
        } else if (idByText.containsKey(a.text())) {
          assertThat(e.status()).isEqualTo(IngestStatus.DUPLICATE);
          assertThat(e.articleId()).isEqualTo(idByText.get(a.text()));
        } else {
          assertThat(e.status()).isEqualTo(IngestStatus.ACCEPTED);
          textById.put(a.id(), a.text());
          idByText.put(a.text(), a.id());
        }
      }
    }

    assertThat(store.snapshot().articles())
        .extracting(Article::id)
        .containsExactlyElementsOf(textById.keySet());
    List<String> asked = new ArrayList<>(textById.keySet());
    java.util.Collections.shuffle(asked, random);
    asked.add(1, "nope");
    asked.add(asked.get(0));
    List<String> expected = new ArrayList<>(asked);
    expected.remove("nope");
    assertThat(store.articles(asked)).extracting(Article::id).containsExactlyElementsOf(expected);
    assertThat(store.articles(asked)).extracting(Article::text).doesNotContainNull();
  }

  @Test
  void concurrentWritersLoseAndDuplicateNothing() throws Exception {
    Store store = open();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 20; i++) {
                  store.add(batch(article("n" + i, "Text " + i + ".")), List.of());
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    assertThat(store.articleCount()).isEqualTo(20);
    assertThat(store.log()).hasSize(80);
  }

  @Test
  void aStoreWrittenByANewerVersionIsRefusedNamingBothVersions() {
    JdbcStore store = (JdbcStore) open();
    store.write(
        "test",
        c -> {
          new StoredRows().setMeta(c, Schema.VERSION_KEY, "99");
          return null;
        });
    store.close();

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(store.describe())
        .hasMessageContaining("newer")
        .hasMessageContaining("99")
        .hasMessageContaining("up to " + Store.SCHEMA_VERSION);
  }

  @Test
  void aStoreWithAnotherMagicIsRefused() {
    JdbcStore store = (JdbcStore) open();
    store.write(
        "test",
        c -> {
          new StoredRows().setMeta(c, Schema.MAGIC_KEY, "someone-else");
          return null;
        });
    store.close();

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Crosscheck store")
        .hasMessageContaining("someone-else");
  }

  @Test
  void fingerprintsAreStoredWithTheirArticlesAndReplacedOnRequest() {
    Store store = open();
    Article a = article("a", "Long enough text.");
    Fingerprint first = new Fingerprint(1, new long[] {-1L, 7L}, new byte[] {1, 2, 3});
    store.add(
        List.of(new NewArticle(a, incoming(a).raw(), first), incoming(article("b", "Other."))),
        List.of());

    StoryState state = store.storyState(4);
    assertThat(state.articles()).extracting(IndexedArticle::id).containsExactly("a", "b");
    assertThat(state.articles().get(0).head()).isEqualTo(a.withText("Long"));
    assertThat(state.articles().get(0).fingerprint()).isEqualTo(first);
    assertThat(state.articles().get(1).fingerprint()).isNull();
    assertThat(state.articles()).extracting(IndexedArticle::story).containsOnlyNulls();
    assertThat(state.current()).isFalse();

    Fingerprint second = new Fingerprint(2, new long[0], new byte[0]);
    store.putFingerprints(Map.of("a", second, "b", first, "unknown", first));
    assertThat(store.storyState(100).articles())
        .extracting(IndexedArticle::fingerprint)
        .containsExactly(second, first);
  }

  @Test
  void linksAreSavedPerGenerationAndAnotherFormatReplacesThemAll() {
    Store store = open();
    store.add(batch(article("a", "A."), article("b", "B."), article("c", "C.")), List.of());
    LinkState none = store.linkState();
    assertThat(none.generation()).isZero();
    assertThat(none.format()).isEmpty();
    assertThat(none.links()).isEmpty();

    assertThat(store.putLinks(0, "f1", Map.of("a", new byte[] {1}, "unknown", new byte[] {2})))
        .isTrue();
    LinkState first = store.linkState();
    assertThat(first.generation()).isEqualTo(1);
    assertThat(first.format()).isEqualTo("f1");
    assertThat(first.links()).containsOnlyKeys("a");
    assertThat(first.links().get("a")).containsExactly(1);

    // Written from an older generation: another process saved meanwhile.
    assertThat(store.putLinks(0, "f1", Map.of("b", new byte[] {3}))).isFalse();
    assertThat(store.linkState().links()).containsOnlyKeys("a");

    assertThat(store.putLinks(1, "f1", Map.of("a", new byte[] {4}, "b", new byte[] {5}))).isTrue();
    assertThat(store.linkState().links().get("a")).containsExactly(4);
    assertThat(store.putLinks(2, "f2", Map.of("c", new byte[0]))).isTrue();
    store.close();
    LinkState reopened = open().linkState();
    assertThat(reopened.generation()).isEqualTo(3);
    assertThat(reopened.format()).isEqualTo("f2");
    assertThat(reopened.links()).containsOnlyKeys("c");
    assertThat(reopened.links().get("c")).isEmpty();
  }

  @Test
  void articlesAreReadWholeByIdInTheOrderAsked() {
    Store store = open();
    store.add(batch(article("a", "A."), article("b", "B."), article("c", "C.")), List.of());

    assertThat(store.articles(List.of("c", "nope", "a")))
        .containsExactly(article("c", "C."), article("a", "A."));
    assertThat(store.articles(List.of())).isEmpty();
  }

  @Test
  void anUpdateReplacesOnlyItsStoriesAndIsDroppedWhenStoriesMovedOn() {
    Store store = open();
    store.add(batch(article("a", "A."), article("b", "B."), article("c", "C.")), List.of());
    List<Article> three = store.snapshot().articles();
    RunResult two = twoStories(three.subList(0, 2), three.subList(2, 3));
    store.replaceStories(store.snapshot().generation(), two);
    long base = store.storyState(10).storiesGeneration();
    assertThat(store.storyState(10).nextStory()).isEqualTo(3);
    store.add(batch(article("d", "D.")), List.of());
    long generation = store.snapshot().generation();
    List<Article> cd = store.articles(List.of("c", "d"));
    RunResult grown = twoStories(three.subList(0, 2), cd);
    Story story2 = grown.stories().get(1);
    List<ArticleResult> placements = grown.articles().subList(2, 4);

    assertThat(
            store.updateStories(
                new StoryUpdate(base - 1, generation, List.of(), List.of(story2), placements, 3)))
        .isFalse();
    assertThat(store.results()).isEmpty();
    assertThat(store.storyCount()).isEmpty();
    assertThat(
            store.updateStories(
                new StoryUpdate(base, generation, List.of(), List.of(story2), placements, 5)))
        .isTrue();
    assertThat(store.storyCount()).hasValue(2);

    RunResult now = store.results().orElseThrow();
    assertThat(now.stories()).containsExactly(two.stories().get(0), story2);
    assertThat(now.articles())
        .extracting(ArticleResult::story)
        .containsExactly("story-1", "story-1", "story-2", "story-2");
    assertThat(store.storyState(10).nextStory()).isEqualTo(5);
    assertThat(store.storyState(10).current()).isTrue();

    store.updateStories(
        new StoryUpdate(
            generation,
            generation,
            List.of("story-1", "story-2"),
            List.of(grown.stories().get(0).describedBy(null, null, List.of(), List.of())),
            grown.articles(),
            5));
    assertThat(store.results().orElseThrow().stories()).hasSize(1);
    assertThat(store.storyCount()).hasValue(1);
  }

  @Test
  void aVersionOneStoreIsMigratedKeepingItsArticlesAndStories() throws SQLException {
    Article a = article("a", "A says 5.");
    Article b = article("b", "B says 6.");
    RunResult v1 = result(List.of(a, b));
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String sql : Schema.meta()) {
        s.execute(sql);
      }
      for (String sql : Schema.migration(1, seqType(), "unused")) {
        s.execute(sql);
      }
      s.execute("UPDATE crosscheck_meta SET value = '1' WHERE key = 'schema_version'");
      s.execute("UPDATE crosscheck_meta SET value = '1' WHERE key LIKE '%_generation'");
      for (Article x : List.of(a, b)) {
        s.execute(
            "INSERT INTO articles (id, content_hash, generation, input, title, source, published,"
                + " language, text, raw_format, raw_content, ingested_at) VALUES ('"
                + x.id()
                + "', 'h"
                + x.id()
                + "', 1, '"
                + x.input()
                + "', '"
                + x.title()
                + "', 'Outlet', '2025-02-17', 'en', '"
                + x.text()
                + "', 'text', '"
                + x.text()
                + "', '2025-02-17T00:00:00Z')");
      }
      s.execute(
          "INSERT INTO stories (position, id, json) VALUES (0, 'story-1', '"
              + new StoryCodec().write(v1.stories().get(0)).replace("'", "''")
              + "')");
      s.execute(
          "INSERT INTO placements VALUES ('a', 'story-1', 'original', NULL, 0),"
              + " ('b', 'story-1', 'rewrite', 'a', 1)");
    }

    Store store = open();

    assertThat(store.snapshot().articles()).containsExactly(a, b);
    assertThat(store.results()).contains(v1);
    StoryState state = store.storyState(100);
    assertThat(state.current()).isTrue();
    assertThat(state.nextStory()).isEqualTo(2);
    assertThat(state.articles()).extracting(IndexedArticle::fingerprint).containsOnlyNulls();
    store.putFingerprints(Map.of("a", new Fingerprint(1, new long[] {3L}, new byte[] {4})));
    assertThat(store.storyState(100).articles().get(0).fingerprint()).isNotNull();
    assertThat(store.linkState()).isEqualTo(new LinkState(0, "", Map.of()));
    store.close();
    assertThat(open().storyState(100).articles().get(0).fingerprint()).isNotNull();
  }

  /** A raw connection to the (empty) store location, for writing an old store by hand. */
  abstract Connection connect() throws SQLException;

  /** The store's auto-increment key column type, as its dialect writes it. */
  abstract String seqType();

  /** Two stories: the first holds {@code one}, the second {@code two}; all originals. */
  static RunResult twoStories(List<Article> one, List<Article> two) {
    List<Story> stories = new ArrayList<>();
    List<ArticleResult> placed = new ArrayList<>();
    int n = 0;
    for (List<Article> members : List.of(one, two)) {
      String id = "story-" + ++n;
      List<String> ids = members.stream().map(Article::id).toList();
      stories.add(
          new Story(id, "T" + n, ids, List.of(ids), List.of(), List.of())
              .describedBy("2025-02-17", "2025-02-17", List.of("Outlet"), List.of()));
      members.forEach(m -> placed.add(new ArticleResult(m, id, Role.ORIGINAL, null, 0)));
    }
    return new RunResult(placed, stories, List.of());
  }

  /** A canned result over {@code articles}: one story holding them all, with a contradiction. */
  static RunResult result(List<Article> articles) {
    List<String> ids = articles.stream().map(Article::id).toList();
    Claim claim =
        new Claim(
            "It was 5.",
            ids.subList(0, 1),
            1,
            ClaimStatus.CONTRADICTED,
            List.of(new Conflict("It was 6.", ids.subList(1, ids.size()))));
    Story story =
        new Story(
            "story-1",
            "A title",
            ids,
            List.of(ids.subList(0, 1), ids.subList(1, ids.size())),
            List.of(new BriefSentence("It was 5.", ids, 2)),
            List.of(claim));
    List<ArticleResult> placed = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      placed.add(
          new ArticleResult(
              articles.get(i),
              "story-1",
              i == 0 ? Role.ORIGINAL : Role.REWRITE,
              i == 0 ? null : ids.get(0),
              i));
    }
    return new RunResult(placed, List.of(story), List.of());
  }
}
