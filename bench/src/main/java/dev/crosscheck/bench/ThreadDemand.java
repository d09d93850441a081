package dev.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Set;

/**
 * Samples how many of the process's own threads want a core (are runnable) while a step runs: on a
 * machine shared with other work the CPU seconds over wall seconds say how busy the cores were, not
 * how many the step could keep busy; this says the latter. A runnable thread in native code
 * (SQLite, a file read, a disk sync) counts as wanting a core.
 */
final class ThreadDemand implements AutoCloseable {
  /** Milliseconds between samples. */
  static final int PERIOD_MILLIS = 20;

  // JVM and tool threads that are runnable without doing the step's work.
  private static final Set<String> IGNORED =
      Set.of(
          "Signal Dispatcher",
          "Attach Listener",
          "Reference Handler",
          "Finalizer",
          "Notification Thread");

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final Thread sampler;
  private volatile boolean running = true;
  private long samples;
  private long runnable;
  private long coresWanted;

  private ThreadDemand() {
    sampler = new Thread(this::sample, "thread-demand");
    sampler.setDaemon(true);
  }

  /** Starts sampling. */
  static ThreadDemand start() {
    ThreadDemand demand = new ThreadDemand();
    demand.sampler.start();
    return demand;
  }

  private void sample() {
    long self = Thread.currentThread().getId();
    while (running) {
      int count = 0;
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
        if (info != null
            && info.getThreadId() != self
            && info.getThreadState() == Thread.State.RUNNABLE
            && !IGNORED.contains(info.getThreadName())
            && !info.getThreadName().startsWith("JFR")) {
          count++;
        }
      }
      synchronized (this) {
        samples++;
        runnable += count;
        coresWanted += Math.min(count, cores);
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Mean runnable threads, capped at the number of cores, over the samples so far. */
  synchronized double coresWanted() {
    return samples == 0 ? 0 : (double) coresWanted / samples;
  }

  /** Mean runnable threads over the samples so far. */
  synchronized double runnable() {
    return samples == 0 ? 0 : (double) runnable / samples;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
