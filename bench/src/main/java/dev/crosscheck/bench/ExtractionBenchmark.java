package dev.crosscheck.bench;

import dev.crosscheck.extract.ArticleExtractor;
import dev.crosscheck.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pages per second of main-text extraction on one thread: ours beside boilerpipe and Readability4J
 * on the same pages. Each operation extracts the next page of the list, round robin. The pages are
 * the development set's ({@code ../shared/data/extraction/trafilatura-eval} from the repository
 * root, or the {@code crosscheck.bench.data} system property, or the {@code dataDir} parameter),
 * else synthetic news pages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
  /** Where the development set is expected, relative to the repository root. */
  public static final String DEFAULT_DATA = "../shared/data/extraction/trafilatura-eval";

  /** The set folder; empty means the system property, else {@link #DEFAULT_DATA}. */
  @Param("")
  public String dataDir;

  /** How many of the set's pages (in file name order) are cycled through. */
  @Param("300")
  public int maxPages;

  private final ArticleExtractor ours = new ArticleExtractor();
  private List<RawDocument> pages;
  private int next;

  @Setup
  public void load() throws IOException {
    String dir =
        dataDir.isEmpty() ? System.getProperty("crosscheck.bench.data", DEFAULT_DATA) : dataDir;
    pages = BenchPages.load(Path.of(dir), maxPages);
  }

  private RawDocument nextPage() {
    RawDocument page = pages.get(next);
    next = (next + 1) % pages.size();
    return page;
  }

  @Benchmark
  public String ours() {
    return ours.extract(nextPage()).text();
  }

  @Benchmark
  public String boilerpipe() {
    try {
      return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(nextPage().content());
    } catch (Exception | StackOverflowError e) {
      return "";
    }
  }

  @Benchmark
  public String readability4j() {
    try {
      return new Readability4J("http://localhost/", nextPage().content()).parse().getTextContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A page that breaks the baseline costs it the time spent, as in the evaluation.
      return "";
    }
  }
}
