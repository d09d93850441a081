package dev.crosscheck.bench;

import dev.crosscheck.model.RawDocument;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.StoreUpdater;
import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.NewArticle;
import dev.crosscheck.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ingest of plain-text articles into a fresh SQLite store, in articles per second: {@code
 * ingestFiles} is the whole {@code crosscheck ingest} path before stories (read, extract, detect
 * the language, fingerprint, commit in batches); {@code addExtracted} is the store's share alone.
 * {@link StoreIngestRun} measures the whole ingest, stories included, on a large corpus. Run:
 * {@code java -jar bench/target/benchmarks.jar StoreIngestBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreIngestBench {
  /** Articles per invocation. */
  static final int ARTICLES = 500;

  private final Pipeline pipeline = new Pipeline();
  private Path folder;
  private Path corpus;
  private List<NewArticle> extracted;
  private Store store;

  @Setup(Level.Trial)
  public void corpus() throws IOException {
    folder = Files.createTempDirectory("crosscheck-bench-store");
    corpus = Files.createDirectories(folder.resolve("corpus"));
    Random random = new Random(42L);
    extracted = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String text = "Headline number " + i + "\n\n" + body(random);
      Path file = Files.writeString(corpus.resolve("a" + i + ".txt"), text);
      RawDocument raw =
          new RawDocument("a" + i, file.toString(), RawDocument.Format.TEXT, text, null);
      extracted.add(new NewArticle(pipeline.extract(raw), raw));
    }
  }

  @Setup(Level.Invocation)
  public void freshStore() throws IOException {
    Path file = folder.resolve("store.db");
    Files.deleteIfExists(file);
    store = Store.open(file.toString());
  }

  @TearDown(Level.Invocation)
  public void closeStore() {
    store.close();
  }

  @TearDown(Level.Trial)
  public void removeFolder() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public List<IngestEntry> ingestFiles() {
    return new StoreUpdater(pipeline, store).ingest(List.of(corpus));
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public List<IngestEntry> addExtracted() {
    List<IngestEntry> entries = new ArrayList<>();
    for (int from = 0; from < ARTICLES; from += StoreUpdater.DEFAULT_BATCH_SIZE) {
      int to = Math.min(ARTICLES, from + StoreUpdater.DEFAULT_BATCH_SIZE);
      entries.addAll(store.add(extracted.subList(from, to), List.of()));
    }
    return entries;
  }

  /** About 400 words in six paragraphs, like a short news article. */
  static String body(Random random) {
    String[] words = WORDS.split(" ");
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      for (int s = 0; s < 4; s++) {
        int length = 10 + random.nextInt(12);
        for (int w = 0; w < length; w++) {
          text.append(words[random.nextInt(words.length)]).append(w == length - 1 ? ". " : " ");
        }
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  static final String WORDS =
      "the council said on monday that the new bridge over the river would open in march after"
          + " three years of work and a budget of forty million euros officials told reporters"
          + " residents welcomed the news while critics pointed to delays and rising costs";
}
