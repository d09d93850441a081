package dev.crosscheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Documents per second on one thread (so per core) for fingerprinting 4 KB news-like texts, side by
 * side: the {@link FingerprintPasses} ({@code bare} tokenize-and-hash ceiling, {@code crosscheck},
 * {@code javaLsh}) on {@link #DOCUMENTS} texts per invocation, and Spark MLlib's MinHashLSH in
 * local mode ({@link SparkMinHash#hash}, fingerprinting only) on {@link #SPARK_DOCUMENTS}: a Spark
 * job has a fixed cost that a small batch would wrongly charge to every document. {@link
 * FingerprintTable} runs the same passes in alternating order and prints one table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBenchmark {
  /** Documents per invocation. */
  static final int DOCUMENTS = 1_000;

  /** Documents per Spark invocation. */
  static final int SPARK_DOCUMENTS = 10_000;

  private final FingerprintPasses passes = new FingerprintPasses();
  private List<String> texts;
  private List<String> sparkTexts;
  private SparkMinHash spark;

  @Setup(Level.Trial)
  public void setUp() {
    texts = NewsTexts.generate(DOCUMENTS, 42);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (spark != null) {
      spark.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public long bare() {
    return passes.bare(texts);
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public long crosscheck() {
    return passes.crosscheck(texts);
  }

  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public long javaLsh() {
    return passes.javaLsh(texts);
  }

  @Benchmark
  @OperationsPerInvocation(SPARK_DOCUMENTS)
  @Fork(jvmArgsAppend = {"@bench/spark.jvmopts"})
  public long sparkMllib() {
    if (spark == null) {
      sparkTexts = NewsTexts.generate(SPARK_DOCUMENTS, 42);
      spark = new SparkMinHash();
    }
    return spark.hash(sparkTexts);
  }
}
