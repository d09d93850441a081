package dev.crosscheck.spark;

import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.fingerprint.LshIndex;
import dev.crosscheck.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's stages, built once per executor JVM: they load models and tables and are
 * thread-safe, so every task of the JVM shares them.
 */
final class Engine {
  private static final Pipeline PIPELINE = new Pipeline();
  private static final Map<LocalDate, FeatureExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  private Engine() {}

  static Pipeline pipeline() {
    return PIPELINE;
  }

  /** The clusterer's feature extractor for dates judged against {@code today}. */
  static FeatureExtractor features(LocalDate today) {
    return EXTRACTORS.computeIfAbsent(today, FeatureExtractor::new);
  }

  /** The clusterer's LSH shape: {@link FeatureExtractor#LSH_BANDS} bands. */
  static LshIndex<Integer> lsh() {
    return new LshIndex<>(
        FeatureExtractor.LSH_BANDS, FeatureExtractor.SIGNATURE_LENGTH / FeatureExtractor.LSH_BANDS);
  }
}
