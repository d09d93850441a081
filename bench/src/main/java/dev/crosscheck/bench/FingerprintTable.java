package dev.crosscheck.bench;

import dev.crosscheck.fingerprint.LshIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Fingerprint + LSH throughput side by side in one run, printed as a table: every contender of
 * {@link FingerprintPasses} and Spark MLlib ({@link SparkMinHash}) on the same texts, one thread
 * each (Spark in {@code local[1]}), in a rotating order per round so that no contender always runs
 * first or last; one warm-up round, then the median of the measured rounds. Rates are documents per
 * CPU-second of the process (so per core, whatever else runs on the machine), wall-clock docs/s
 * beside them. With {@code --scale}, also ours and the bare pass over a growing index (10k to 1M
 * documents, texts generated in untimed chunks), ours in wall-clock docs/s too (it counts whatever
 * else runs on the machine), and the index's heap bytes per document.
 *
 * <p>Run from the repository root (Spark needs the module openings in {@code bench/spark.jvmopts}):
 * {@code java @bench/spark.jvmopts -cp bench/target/benchmarks.jar
 * dev.crosscheck.bench.FingerprintTable [docs] [rounds] [--scale] [--no-spark]}.
 */
public final class FingerprintTable {
  /** Default documents per round. */
  static final int DEFAULT_DOCUMENTS = 10_000;

  /** Default measured rounds. */
  static final int DEFAULT_ROUNDS = 5;

  /** Documents generated (untimed) at a time in the scaling run. */
  static final int CHUNK = 10_000;

  private FingerprintTable() {}

  public static void main(String[] args) {
    List<String> positional = new ArrayList<>();
    boolean scale = false;
    boolean withSpark = true;
    for (String arg : args) {
      switch (arg) {
        case "--scale" -> scale = true;
        case "--no-spark" -> withSpark = false;
        default -> positional.add(arg);
      }
    }
    int documents = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : DEFAULT_DOCUMENTS;
    int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : DEFAULT_ROUNDS;
    sideBySide(documents, rounds, withSpark);
    if (scale) {
      scaling(new int[] {10_000, 100_000, 1_000_000});
    }
  }

  private static void sideBySide(int documents, int rounds, boolean withSpark) {
    List<String> texts = NewsTexts.generate(documents, 42);
    FingerprintPasses passes = new FingerprintPasses();
    Map<String, ToLongFunction<List<String>>> contenders = new LinkedHashMap<>();
    contenders.put("bare tokenize+hash (ceiling)", passes::bare);
    contenders.put("crosscheck fingerprint+LSH", passes::crosscheck);
    contenders.put("info.debatty java-lsh 0.12", passes::javaLsh);
    SparkMinHash spark = withSpark ? new SparkMinHash() : null;
    if (spark != null) {
      contenders.put("Spark MLlib 4.1 MinHashLSH hashing only", spark::hash);
    }
    List<String> names = new ArrayList<>(contenders.keySet());
    Map<String, double[]> rates = new LinkedHashMap<>();
    names.forEach(n -> rates.put(n, new double[rounds]));
    Map<String, double[]> wallRates = new LinkedHashMap<>();
    names.forEach(n -> wallRates.put(n, new double[rounds]));
    long checksum = 0;
    for (int round = -1; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(Math.floorMod(k + round, names.size()));
        long cpu = cpuNanos();
        long start = System.nanoTime();
        checksum += contenders.get(name).applyAsLong(texts);
        double wall = (System.nanoTime() - start) / 1e9;
        double seconds = (cpuNanos() - cpu) / 1e9;
        if (round >= 0) {
          rates.get(name)[round] = documents / seconds;
          wallRates.get(name)[round] = documents / wall;
        }
      }
    }
    if (spark != null) {
      spark.close();
    }
    double bare = median(rates.get(names.get(0)));
    double ours = median(rates.get(names.get(1)));
    System.out.printf(
        Locale.ROOT,
        "%d texts of ~4 KB, %d rounds after 1 warm-up, order rotated per round (checksum %d)%n",
        documents,
        rounds,
        checksum & 0xFF);
    System.out.printf(
        Locale.ROOT,
        "%-40s %9s %9s %9s %7s %12s%n",
        "docs per CPU-second (one core)",
        "median",
        "min",
        "max",
        "ours/x",
        "wall docs/s");
    for (String name : names) {
      double[] r = rates.get(name);
      System.out.printf(
          Locale.ROOT,
          "%-40s %9.0f %9.0f %9.0f %7.2f %12.0f%n",
          name,
          median(r),
          Arrays.stream(r).min().orElse(0),
          Arrays.stream(r).max().orElse(0),
          ours / median(r),
          median(wallRates.get(name)));
    }
    System.out.printf(Locale.ROOT, "ours / bare = %.2f%n", ours / bare);
  }

  private static void scaling(int[] sizes) {
    FingerprintPasses passes = new FingerprintPasses();
    LshIndex<Integer> index = new LshIndex<>();
    long before = usedHeap();
    int indexed = 0;
    long oursNanos = 0;
    long oursWallNanos = 0;
    long bareNanos = 0;
    long candidates = 0;
    System.out.printf(
        Locale.ROOT,
        "%n%10s %16s %16s %14s %12s%n",
        "indexed",
        "ours docs/CPU-s",
        "bare docs/CPU-s",
        "ours docs/s",
        "bytes/doc");
    for (int size : sizes) {
      while (indexed < size) {
        List<String> chunk = NewsTexts.generate(CHUNK, 1_000L + indexed / CHUNK);
        // Alternate which pass meets the fresh chunk first: the first pays for tenuring it.
        boolean oursFirst = (indexed / CHUNK) % 2 == 0;
        if (!oursFirst) {
          long start = cpuNanos();
          candidates += passes.bare(chunk) & 1;
          bareNanos += cpuNanos() - start;
        }
        long start = cpuNanos();
        long wall = System.nanoTime();
        candidates += passes.crosscheck(chunk, index, indexed);
        oursWallNanos += System.nanoTime() - wall;
        oursNanos += cpuNanos() - start;
        if (oursFirst) {
          long middle = cpuNanos();
          candidates += passes.bare(chunk) & 1;
          bareNanos += cpuNanos() - middle;
        }
        indexed += chunk.size();
      }
      // Keys are Integers the index holds; counted, as a real index holds its keys too.
      double bytes = (usedHeap() - before) / (double) indexed;
      System.out.printf(
          Locale.ROOT,
          "%10d %16.0f %16.0f %14.0f %12.0f%n",
          indexed,
          indexed / (oursNanos / 1e9),
          indexed / (bareNanos / 1e9),
          indexed / (oursWallNanos / 1e9),
          bytes);
    }
    System.out.printf(Locale.ROOT, "(candidates %d, index size %d)%n", candidates, index.size());
  }

  /**
   * CPU time of the whole process: immune to other processes sharing the cores, and it counts
   * Spark's executor threads, garbage collection and compilation alike for every contender.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
