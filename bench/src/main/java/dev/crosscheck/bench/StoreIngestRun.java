package dev.crosscheck.bench;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.model.Article;
import dev.crosscheck.pipeline.FingerprintCodec;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.store.IndexedArticle;
import dev.crosscheck.store.Store;
import dev.crosscheck.store.StoryState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code crosscheck ingest} end to end on a large plain-text corpus, stories included: {@code
 * args[0]} articles (default 100,000) written as {@code .txt} files in events of 1 to 6 edited
 * copies, ingested into a fresh SQLite store in one go (read, extract, fingerprint, commit, then
 * cluster and compute every story), then one more batch of {@code args[1]} articles (default 1,000)
 * ingested incrementally by a new updater, as by a new {@code crosscheck ingest} process (which
 * takes up the clustering from the links saved in the store). Also times restoring the clustering
 * features from the stored fingerprints against extracting them from the texts, and prints the
 * store's size. Run: {@code java -cp bench/target/benchmarks.jar
 * dev.crosscheck.bench.StoreIngestRun 100000 1000 [FOLDER]}.
 */
public final class StoreIngestRun {
  private StoreIngestRun() {}

  public static void main(String[] args) throws IOException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int extra = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    Path folder =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("crosscheck-ingest-run");
    Path first = write(folder.resolve("first"), total, 1L);
    Path second = write(folder.resolve("second"), extra, 2L);
    Path file = folder.resolve("store.db");
    Files.deleteIfExists(file);
    Pipeline pipeline = new Pipeline();
    try (Store store = Store.open(file.toString())) {
      StoreUpdater updater = new StoreUpdater(pipeline, store);
      long[] t0 = now();
      ThreadDemand demand = ThreadDemand.start();
      updater.ingest(List.of(first));
      long[] t1 = now();
      demand.close();
      added("first ingest", total, t0, t1, file);
      busy("first ingest: add", t0, t1, demand);
      // As `crosscheck ingest` does: the stories are counted in the store, not read back.
      demand = ThreadDemand.start();
      int stories = updater.refreshCount();
      long[] t2 = now();
      demand.close();
      busy("first ingest: stories", t1, t2, demand);
      report("first ingest", total, t0, t1, t2, store.articleCount(), stories);

      // A new updater, as a new `crosscheck ingest` process: it restores the clustering from the
      // stored fingerprints and saved links.
      updater = new StoreUpdater(pipeline, store);
      long[] t3 = now();
      demand = ThreadDemand.start();
      updater.ingest(List.of(second));
      long[] t4 = now();
      demand.close();
      added("incremental ingest", extra, t3, t4, file);
      busy("incremental ingest: add", t3, t4, demand);
      demand = ThreadDemand.start();
      stories = updater.refreshCount();
      long[] t5 = now();
      demand.close();
      busy("incremental ingest: stories", t4, t5, demand);
      report("incremental ingest", extra, t3, t4, t5, store.articleCount(), stories);

      restore(store);
    }
    System.out.printf(
        Locale.ROOT, "store size: %.1f MB (with its write-ahead log)%n", storeBytes(file) / 1e6);
  }

  /** Prints the adding step at once: on a large corpus the stories take long. */
  private static void added(String what, int articles, long[] start, long[] end, Path file)
      throws IOException {
    double seconds = (end[0] - start[0]) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: added %d articles in %.1f s (%.0f articles/s; %.1f CPU s); store %.1f MB%n",
        what,
        articles,
        seconds,
        articles / seconds,
        (end[1] - start[1]) / 1e9,
        storeBytes(file) / 1e6);
  }

  /**
   * Prints a step's CPU seconds, its cores busy (CPU seconds over wall seconds: low on a loaded
   * machine too) and the cores its threads wanted (mean runnable threads, capped at the cores: what
   * an idle machine would give it).
   */
  private static void busy(String what, long[] start, long[] end, ThreadDemand demand) {
    double wall = (end[0] - start[0]) / 1e9;
    double cpu = (end[1] - start[1]) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f s wall, %.1f CPU s, cores busy %.2f (CPU s / wall s);"
            + " cores wanted %.2f of %d (runnable threads %.2f)%n",
        what,
        wall,
        cpu,
        cpu / wall,
        demand.coresWanted(),
        Runtime.getRuntime().availableProcessors(),
        demand.runnable());
  }

  /** The bytes of the SQLite file and its write-ahead log and shared-memory files, if any. */
  private static long storeBytes(Path file) throws IOException {
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path part = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(part)) {
        bytes += Files.size(part);
      }
    }
    return bytes;
  }

  /** Wall-clock and process CPU time, in nanoseconds. */
  private static long[] now() {
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return new long[] {System.nanoTime(), os.getProcessCpuTime()};
  }

  /**
   * Prints wall-clock rates and CPU seconds: on a shared machine the wall clock says little, the
   * CPU time what two dedicated cores would need (CPU seconds / 2, as every step runs in parallel).
   */
  private static void report(
      String what,
      int articles,
      long[] start,
      long[] added,
      long[] refreshed,
      int storedArticles,
      int storedStories) {
    double addSeconds = (added[0] - start[0]) / 1e9;
    double refreshSeconds = (refreshed[0] - added[0]) / 1e9;
    double addCpu = (added[1] - start[1]) / 1e9;
    double refreshCpu = (refreshed[1] - added[1]) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %d articles; add %.1f s (%.0f articles/s; %.1f CPU s), stories %.1f s (%.1f CPU s);"
            + " total %.0f articles/s wall, %.0f articles per CPU second;"
            + " store holds %d articles, %d stories%n",
        what,
        articles,
        addSeconds,
        articles / addSeconds,
        addCpu,
        refreshSeconds,
        refreshCpu,
        articles / (addSeconds + refreshSeconds),
        articles / (addCpu + refreshCpu),
        storedArticles,
        storedStories);
  }

  /** Times decoding every stored fingerprint against extracting the features from the texts. */
  private static void restore(Store store) {
    long t0 = System.nanoTime();
    StoryState state = store.storyState(ArticleFeatures.STORED_TEXT_CHARS);
    long t1 = System.nanoTime();
    FingerprintCodec codec = new FingerprintCodec();
    List<ArticleFeatures> decoded =
        state.articles().parallelStream()
            .map(a -> codec.decode(a.fingerprint(), a.head()))
            .toList();
    long t2 = System.nanoTime();
    List<Article> texts =
        store.articles(state.articles().stream().map(IndexedArticle::id).toList());
    long t3 = System.nanoTime();
    FeatureExtractor extractor = new FeatureExtractor(LocalDate.now(ZoneOffset.UTC));
    List<ArticleFeatures> extracted = texts.parallelStream().map(extractor::extract).toList();
    long t4 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "restore %d articles' features: read heads and fingerprints %.1f s + decode %.1f s;"
            + " read texts %.1f s + extract %.1f s%n",
        decoded.size() + extracted.size() - texts.size(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (t4 - t3) / 1e9);
  }

  /**
   * Writes {@code count} articles, in events of 1 to 6 edited copies, into {@code dir}. An event's
   * report mixes common English words with words and names of its own (made up), so that events are
   * told apart as real ones are by their names and places; copies replace some sentences.
   */
  static Path write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    int written = 0;
    for (int event = 0; written < count; event++) {
      String[] own = new String[12];
      for (int i = 0; i < own.length; i++) {
        own[i] = madeUp(random);
      }
      List<String> sentences = new java.util.ArrayList<>();
      for (int i = 0; i < 18; i++) {
        sentences.add(sentence(own, random));
      }
      int copies = 1 + random.nextInt(6);
      for (int c = 0; c < copies && written < count; c++) {
        StringBuilder text = new StringBuilder();
        text.append(capital(own[0])).append(' ').append(COMMON[random.nextInt(COMMON.length)]);
        text.append(' ').append(capital(own[1])).append("\n\n");
        for (String s : sentences) {
          text.append(c > 0 && random.nextInt(5) == 0 ? sentence(own, random) : s).append(' ');
        }
        Files.writeString(
            dir.resolve(String.format(Locale.ROOT, "s%d-e%06d-c%d.txt", seed, event, c)), text);
        written++;
      }
    }
    return dir;
  }

  private static String sentence(String[] own, Random random) {
    StringBuilder s = new StringBuilder();
    int length = 12 + random.nextInt(10);
    for (int w = 0; w < length; w++) {
      String word =
          random.nextInt(4) == 0
              ? capital(own[random.nextInt(own.length)])
              : COMMON[random.nextInt(COMMON.length)];
      s.append(w == 0 ? capital(word) : word).append(w == length - 1 ? ". " : " ");
    }
    return s.toString().strip();
  }

  private static String madeUp(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 5 + random.nextInt(5); i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static final String[] COMMON =
      ("the a of to in and said on for that with at by from after was were is are has have will"
              + " would council city officials police people two three week monday tuesday year"
              + " government minister report new state local told news plan public workers"
              + " residents court million percent meeting month early later during while"
              + " statement spokesman according water road school hospital price market")
          .split(" ");
}
