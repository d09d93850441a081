package dev.crosscheck.train;

/**
 * The system properties DJL reads before its PyTorch engine starts: never download anything (the
 * native library comes from the pytorch-native-cpu jar), no telemetry, one libtorch thread (the
 * machine is shared) unless the caller set otherwise.
 */
public final class TrainEnvironment {
  /** libtorch's intra-op threads unless {@code ai.djl.pytorch.num_threads} is set. */
  public static final String DEFAULT_THREADS = "1";

  private TrainEnvironment() {}

  /** Sets the properties that are not set already; call before the first NDManager. */
  public static void configure() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", DEFAULT_THREADS);
    setIfAbsent("ai.djl.pytorch.num_interop_threads", DEFAULT_THREADS);
    setIfAbsent("ai.djl.default_engine", "PyTorch");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
