package dev.crosscheck.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums what the tasks of a Spark application report: shuffle bytes written and records, and the
 * largest peak execution memory of one task. Thread-safe (the listener bus calls it on its own
 * thread).
 */
public final class ShuffleMeter extends SparkListener {
  private final AtomicLong shuffleBytes = new AtomicLong();
  private final AtomicLong shuffleRecords = new AtomicLong();
  private final AtomicLong peakTaskMemory = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private final Map<String, Long> bytesByStage = new ConcurrentHashMap<>();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m == null) {
      return;
    }
    tasks.incrementAndGet();
    shuffleBytes.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    shuffleRecords.addAndGet(m.shuffleWriteMetrics().recordsWritten());
    peakTaskMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    TaskMetrics m = completed.stageInfo().taskMetrics();
    long bytes = m == null ? 0 : m.shuffleWriteMetrics().bytesWritten();
    if (bytes > 0) {
      // The stage's name is its last call site, e.g. "mapToPair at SparkPipeline.java:187".
      bytesByStage.merge(completed.stageInfo().name(), bytes, Long::sum);
    }
  }

  /** Shuffle bytes written by stage name, sorted by name. */
  public Map<String, Long> bytesByStage() {
    return new TreeMap<>(bytesByStage);
  }

  /** Zeroes the sums (between measured runs). */
  public void reset() {
    bytesByStage.clear();
    shuffleBytes.set(0);
    shuffleRecords.set(0);
    peakTaskMemory.set(0);
    tasks.set(0);
  }

  public long shuffleBytes() {
    return shuffleBytes.get();
  }

  public long shuffleRecords() {
    return shuffleRecords.get();
  }

  public long peakTaskMemory() {
    return peakTaskMemory.get();
  }

  public long tasks() {
    return tasks.get();
  }
}
