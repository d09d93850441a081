package dev.crosscheck.bench;

import dev.crosscheck.cluster.SparseVector;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one {@link SparseVector#dot} on body-sized vectors ({@code terms} random keys each,
 * {@code shared} of them common to the pair), as story clustering pays it three times per candidate
 * pair, against the plain branching merge it replaced ({@link #baseline}, kept here). One side of
 * each pair is a fixed vector (the new article) and the other one of {@code pool} candidates, so
 * that neither the branch predictor nor the cache can learn a single pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DotBenchmark {
  @Param({"64"})
  public int terms;

  @Param({"3"})
  public int shared;

  @Param({"4096"})
  public int pool;

  private SparseVector probe;
  private SparseVector[] candidates;
  private int next;

  @Setup
  public void vectors() {
    Random random = new Random(42);
    long[] common = new long[shared];
    for (int k = 0; k < shared; k++) {
      common[k] = random.nextLong();
    }
    probe = vector(random, common);
    candidates = new SparseVector[pool];
    for (int c = 0; c < pool; c++) {
      candidates[c] = vector(random, common);
    }
  }

  private SparseVector vector(Random random, long[] common) {
    long[] keys = new long[terms];
    float[] weights = new float[terms];
    for (int t = 0; t < terms; t++) {
      keys[t] = t < common.length ? common[t] : random.nextLong();
      weights[t] = random.nextFloat() / terms;
    }
    Arrays.sort(keys);
    return new SparseVector(keys, weights);
  }

  private SparseVector candidate() {
    int c = next;
    next = c + 1 == pool ? 0 : c + 1;
    return candidates[c];
  }

  /** The dot product as the engine computes it. */
  @Benchmark
  public double dot() {
    return probe.dot(candidate());
  }

  /** The plain branching merge that {@link SparseVector#dot} replaced. */
  @Benchmark
  public double baseline() {
    return baselineDot(probe, candidate());
  }

  static double baselineDot(SparseVector p, SparseVector q) {
    long[] a = p.keys();
    long[] b = q.keys();
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += (double) p.weights()[i++] * q.weights()[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, sum);
  }
}
