package dev.crosscheck.bench;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Story clustering cost as the store grows. The store is a synthetic stream built from the
 * development sets ({@code -Dcrosscheck.data=DIR}, default {@code ../shared/data/stories}): copy
 * {@code r} of every article is dated {@code r × }{@link #COPY_SPACING_DAYS} days later, so copies
 * never share a time window and each copy of the data set forms its own stories, as a real stream
 * of new events would.
 *
 * <ul>
 *   <li>JMH {@link #addOne}: adding one article (features already extracted: what the store pays)
 *       to a store of {@code size} articles; {@link #extractOne}: extracting one article's
 *       features.
 *   <li>{@code main}: articles per second and heap used as the store grows to {@code args[0]}
 *       articles (default 1,000,000), one thread, and the time of single additions right after each
 *       step (near the start of a data-set copy, where neighbourhoods are still small; JMH {@link
 *       #addOne} runs on into a copy and shows the cost once they are large).
 * </ul>
 */
@State(Scope.Benchmark)
public class ClusteringBenchmark {
  /** Days between two copies of the data set: more than the link window. */
  static final int COPY_SPACING_DAYS = 3 * LinkScorer.DEFAULT_WINDOW_DAYS;

  static final LocalDate START = LocalDate.of(2000, 1, 1);

  @Param({"10000", "100000", "1000000"})
  public int size;

  private List<ArticleFeatures> base;
  private IncrementalClusterer store;
  private FeatureExtractor extractor;
  private int next;

  @Setup(Level.Trial)
  public void fill() {
    extractor = new FeatureExtractor(LocalDate.of(2100, 1, 1));
    base = features(extractor, articles());
    store = newStore(extractor);
    grow(store, base, 0, size);
    next = size;
  }

  /** Adds the next article of the stream to the store. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int addOne() {
    store.addFeatures(List.of(variant(base, next++)));
    return store.size();
  }

  /**
   * Extracts the features of one article (the part of adding that does not depend on the store).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ArticleFeatures extractOne() {
    return extractor.extract(base.get(next++ % base.size()).article());
  }

  static IncrementalClusterer newStore(FeatureExtractor extractor) {
    return new IncrementalClusterer(
        extractor,
        new LinkScorer(),
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
        1);
  }

  /** Adds stream articles {@code [from, to)} in batches of one data-set copy at most. */
  static void grow(IncrementalClusterer store, List<ArticleFeatures> base, int from, int to) {
    int batch = 1000;
    for (int start = from; start < to; start += batch) {
      List<ArticleFeatures> items = new ArrayList<>();
      for (int i = start; i < Math.min(to, start + batch); i++) {
        items.add(variant(base, i));
      }
      store.addFeatures(items);
    }
  }

  /** Stream article {@code i}: copy {@code i / n} of base article {@code i % n}, dated. */
  static ArticleFeatures variant(List<ArticleFeatures> base, int i) {
    int n = base.size();
    int copy = i / n;
    ArticleFeatures f = base.get(i % n);
    Article a = f.article();
    // Within a copy, the data set's stories are spread over a week.
    LocalDate date =
        START.plusDays((long) copy * COPY_SPACING_DAYS + Math.floorMod(a.id().hashCode(), 7));
    Article renamed =
        new Article(
            a.id() + "#" + copy,
            a.input(),
            a.title(),
            null,
            a.source(),
            null,
            date.toString(),
            a.language(),
            a.text());
    return f.as(renamed, date);
  }

  static List<ArticleFeatures> features(FeatureExtractor extractor, List<Article> articles) {
    return articles.parallelStream().map(extractor::extract).toList();
  }

  /** The articles of every stories set under the data folder, in file order. */
  static List<Article> articles() {
    Path root = Path.of(System.getProperty("crosscheck.data", "../shared/data/stories"));
    List<Article> articles = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String set : List.of("allsides-train", "allsides-val", "newswcl50")) {
      Path file = root.resolve(set).resolve("articles.jsonl");
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          var node = json.readTree(line);
          articles.add(
              new Article(
                  node.get("id").asText(),
                  set,
                  node.path("title").isNull() ? null : node.path("title").asText(),
                  null,
                  node.path("source").isNull() ? null : node.path("source").asText(null),
                  null,
                  null,
                  "en",
                  node.path("text").isNull() ? "" : node.path("text").asText("")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + " (set -Dcrosscheck.data)", e);
      }
    }
    return articles;
  }

  /** Grows a store to {@code args[0]} articles, printing throughput and heap at each step. */
  public static void main(String[] args) {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    FeatureExtractor extractor = new FeatureExtractor(LocalDate.of(2100, 1, 1));
    List<Article> articles = articles();
    long t0 = System.nanoTime();
    List<ArticleFeatures> base = features(extractor, articles);
    double extractSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "features: %d articles in %.1f s (%.0f articles/s, all cores)%n",
        base.size(),
        extractSeconds,
        base.size() / extractSeconds);
    IncrementalClusterer store = newStore(extractor);
    System.out.println(
        "store size | articles/s (batches of 1000) | heap used MB | add one, wall: median µs"
            + " | mean µs | p99 µs | max µs | add one, CPU: median µs | p99 µs | max µs");
    int done = 0;
    for (int step : new int[] {10_000, 100_000, 250_000, 500_000, 750_000, 1_000_000, 2_000_000}) {
      if (step > target) {
        break;
      }
      long start = System.nanoTime();
      grow(store, base, done, step);
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = (step - done) / seconds;
      long[] both = addOneByOne(store, base, step, SINGLE_ADDS);
      long[] single = Arrays.copyOf(both, SINGLE_ADDS);
      long[] cpu = Arrays.copyOfRange(both, SINGLE_ADDS, both.length);
      done = step + SINGLE_ADDS;
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf(
          Locale.ROOT,
          "%10d | %10.0f | %8d | %8.0f | %8.0f | %8.0f | %8.0f | %8.0f | %8.0f | %8.0f%n",
          step,
          rate,
          used,
          single[single.length / 2] / 1e3,
          Arrays.stream(single).average().orElse(0) / 1e3,
          single[(int) (single.length * 0.99)] / 1e3,
          single[single.length - 1] / 1e3,
          cpu[cpu.length / 2] / 1e3,
          cpu[(int) (cpu.length * 0.99)] / 1e3,
          cpu[cpu.length - 1] / 1e3);
    }
  }

  /** Articles added one at a time after each growth step, to time a single addition. */
  static final int SINGLE_ADDS = 500;

  /**
   * Adds {@code count} stream articles from {@code from} one by one; their times in ns, sorted:
   * wall clock in the first half, CPU time of the adding thread (the store runs on it alone) in the
   * second, which a loaded machine does not inflate.
   */
  static long[] addOneByOne(
      IncrementalClusterer store, List<ArticleFeatures> base, int from, int count) {
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] times = new long[count];
    long[] cpuTimes = new long[count];
    for (int i = 0; i < count; i++) {
      ArticleFeatures f = variant(base, from + i);
      long t = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      store.addFeatures(List.of(f));
      cpuTimes[i] = cpu.getCurrentThreadCpuTime() - c;
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    Arrays.sort(cpuTimes);
    long[] both = Arrays.copyOf(times, 2 * count);
    System.arraycopy(cpuTimes, 0, both, count, count);
    return both;
  }
}
