package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.store.Snapshot;
import dev.crosscheck.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck ingest} killed with SIGKILL at seeded random moments, then started again, as an
 * hourly job would be: run {@code i} offers parts {@code 0..i} of the corpus (so it has a new part
 * to add, and whatever the last kill cut short to finish) and is killed. The store opens clean
 * after every kill and holds a prefix of the articles an uninterrupted run stores (nothing lost,
 * nothing twice); a last, uninterrupted run ends with the same articles and stories as one
 * uninterrupted run over every part (story ids aside: they depend on the ingest history). Each run
 * is a child JVM on the test classpath. The loop runs on SQLite, and on PostgreSQL when a server is
 * given.
 */
@Tag("slow")
class IngestKillTest {
  static final long SEED = 20250217L;

  /** The environment variable holding a PostgreSQL server's JDBC URL. */
  static final String POSTGRES_VARIABLE = "CROSSCHECK_TEST_POSTGRES";

  static final int KILLS = 24;
  static final int EVENTS = 12;
  static final int ARTICLES_PER_EVENT = 12;

  @TempDir Path temp;

  @Test
  void killedIngestsIntoSqliteRestartToTheSameStore() throws Exception {
    killLoop(
        "sqlite", name -> temp.resolve(name + ".db").toString(), l -> Files.exists(Path.of(l)));
  }

  /**
   * The same loop against a PostgreSQL server, each store in a schema of its own; skipped unless
   * {@value #POSTGRES_VARIABLE} holds a JDBC URL ({@code .ci/run} starts a server and sets it).
   */
  @Test
  void killedIngestsIntoPostgresRestartToTheSameStore() throws Exception {
    String server = System.getenv(POSTGRES_VARIABLE);
    Assumptions.assumeTrue(
        server != null && !server.isBlank(), POSTGRES_VARIABLE + " is not set: skipped");
    String prefix = "cc_kill_" + UUID.randomUUID().toString().replace("-", "");
    List<String> schemas = List.of(prefix + "_reference", prefix + "_crashed");
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("CREATE SCHEMA " + schema);
      }
    }
    try {
      String separator = server.contains("?") ? "&" : "?";
      killLoop(
          "postgres",
          name -> server + separator + "currentSchema=" + prefix + "_" + name,
          l -> true);
    } finally {
      try (Connection c = DriverManager.getConnection(server);
          Statement s = c.createStatement()) {
        for (String schema : schemas) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  /**
   * Runs the kill loop on stores named {@code reference} and {@code crashed}; {@code exists} says
   * whether a store location holds a store yet (an SQLite file is linked into place only once
   * whole).
   */
  private void killLoop(String label, Function<String, String> location, Predicate<String> exists)
      throws Exception {
    List<Path> parts = corpus(temp.resolve("corpus"), new Random(SEED));
    String reference = location.apply("reference");
    long started = System.nanoTime();
    assertThat(ingest(reference, parts).waitFor()).isZero();
    long fullMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    Snapshot expected;
    RunResult expectedResult;
    try (Store store = Store.open(reference)) {
      expected = store.snapshot();
      expectedResult = store.results().orElseThrow();
    }
    assertThat(expected.articles()).hasSize(EVENTS * ARTICLES_PER_EVENT);

    String crashed = location.apply("crashed");
    Random kills = new Random(SEED + 1);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      Process p = ingest(crashed, parts.subList(0, i + 1));
      // The moment is random in wall-clock time; nothing is asserted about time itself.
      Thread.sleep((long) (kills.nextDouble() * fullMillis * 1.1));
      p.destroyForcibly();
      p.waitFor();
      seen.add(
          exists.test(crashed)
              ? assertOpensCleanWithAPrefixOf(crashed, expected.articles(), i)
              : "none"); // killed before the store was linked into place: nothing to lose yet
    }
    System.out.println("IngestKillTest " + label + ": articles stored after each kill: " + seen);
    assertThat(ingest(crashed, parts).waitFor()).isZero();

    try (Store store = Store.open(crashed)) {
      assertThat(store.snapshot().articles()).containsExactlyElementsOf(expected.articles());
      assertThat(store.snapshot().rejected()).isEqualTo(expected.rejected());
      RunResult result = store.results().orElseThrow();
      // Story ids depend on the ingest history (see StoryIds); everything else must not.
      assertThat(withoutStoryIds(result)).isEqualTo(withoutStoryIds(expectedResult));
    }
  }

  /** The result with each story named by its first article instead of its id, stories sorted. */
  static RunResult withoutStoryIds(RunResult r) {
    Map<String, String> name = new HashMap<>();
    r.stories().forEach(s -> name.put(s.id(), s.articles().get(0)));
    List<Story> stories =
        r.stories().stream()
            .map(
                s ->
                    new Story(
                        name.get(s.id()),
                        s.title(),
                        s.articles(),
                        s.origins(),
                        s.brief(),
                        s.claims(),
                        s.first(),
                        s.last(),
                        s.outlets(),
                        s.entities()))
            .sorted(Comparator.comparing(Story::id))
            .toList();
    List<ArticleResult> articles =
        r.articles().stream()
            .map(
                a ->
                    new ArticleResult(
                        a.article(),
                        name.get(a.story()),
                        a.role(),
                        a.derivedFrom(),
                        a.fillerSentences()))
            .toList();
    return new RunResult(articles, stories, r.rejected());
  }

  /**
   * Checks the store after a kill; says how many articles it held and whether stories were current.
   */
  private static String assertOpensCleanWithAPrefixOf(
      String location, List<Article> all, int kill) {
    try (Store store = Store.open(location)) {
      List<Article> stored = store.snapshot().articles();
      assertThat(stored).as("after kill %d", kill).isEqualTo(all.subList(0, stored.size()));
      return stored.size() + (store.results().isPresent() ? "+stories" : "");
    }
  }

  private Process ingest(String store, List<Path> inputs) throws IOException {
    List<String> command = Cli.childMain("-Xss4m");
    command.addAll(List.of("ingest", "--store", store, "--input"));
    inputs.forEach(p -> command.add(p.toString()));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(temp.resolve("child-err.log").toFile())
        .start();
  }

  /**
   * Events reported several times each, with edits, spread over {@link #KILLS} part folders, plus
   * one input that is rejected; returns the part folders in order.
   */
  static List<Path> corpus(Path dir, Random random) throws IOException {
    List<Path> parts = new ArrayList<>();
    for (int p = 0; p < KILLS; p++) {
      parts.add(Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "p%02d", p))));
    }
    int count = 0;
    String[] words = WORDS.split(" ");
    for (int e = 0; e < EVENTS; e++) {
      List<String> base = new ArrayList<>();
      for (int s = 0; s < 8; s++) {
        base.add(sentence(words, random));
      }
      for (int a = 0; a < ARTICLES_PER_EVENT; a++) {
        StringBuilder text = new StringBuilder("Report " + e + " number " + a + "\n\n");
        for (String s : base) {
          text.append(random.nextInt(5) == 0 ? sentence(words, random) : s).append(' ');
        }
        text.append("\n\n").append(sentence(words, random)).append('\n');
        Path part = parts.get(count++ % parts.size());
        Files.writeString(part.resolve("e" + e + "-" + a + ".txt"), text.toString());
      }
    }
    Files.writeString(parts.get(KILLS / 2).resolve("scan.pdf"), "%PDF-1.4 not an article");
    return parts;
  }

  private static String sentence(String[] words, Random random) {
    StringBuilder s = new StringBuilder();
    int length = 8 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      String w = words[random.nextInt(words.length)];
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      s.append(i == length - 1 ? "." : " ");
    }
    return s.toString();
  }

  static final String WORDS =
      "the council said on monday that the new bridge over the river would open in march after"
          + " three years of work and a budget of forty million euros officials told reporters"
          + " residents welcomed the news while critics pointed to delays and rising costs the"
          + " mayor promised more buses trains and cycle lanes for the growing city police"
          + " confirmed two arrests after the protest near the station in the north district"
          + " where hundreds gathered to demand lower rents and better schools for children"
          + " minister announced a plan to cut emissions by half before the end of the decade";
}
