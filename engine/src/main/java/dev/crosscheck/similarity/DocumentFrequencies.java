package dev.crosscheck.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How many articles of a collection contain each term, and the smoothed idf it gives. */
public final class DocumentFrequencies {
  private final Map<String, Integer> frequencies;
  private final int documents;

  private DocumentFrequencies(Map<String, Integer> frequencies, int documents) {
    this.frequencies = Map.copyOf(frequencies);
    this.documents = documents;
  }

  /** The frequencies over {@code profiles}. */
  public static DocumentFrequencies of(Collection<ArticleProfile> profiles) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (ArticleProfile profile : profiles) {
      for (String term : profile.termCounts().keySet()) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return new DocumentFrequencies(frequencies, profiles.size());
  }

  /**
   * Frequencies counted elsewhere (the Spark job sums them over partitions): {@code frequencies}
   * maps a term to the number of articles holding it, out of {@code documents}.
   *
   * @throws IllegalArgumentException if {@code documents < 0}
   */
  public static DocumentFrequencies of(Map<String, Integer> frequencies, int documents) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents (" + documents + ") must be >= 0");
    }
    return new DocumentFrequencies(frequencies, documents);
  }

  /** Number of articles containing {@code term}. */
  public int frequency(String term) {
    return frequencies.getOrDefault(term, 0);
  }

  /** Number of articles counted. */
  public int documents() {
    return documents;
  }

  /** The smoothed inverse document frequency {@code ln((1 + N) / (1 + df)) + 1}, always > 0. */
  public double idf(String term) {
    return Math.log((1.0 + documents) / (1.0 + frequency(term))) + 1;
  }
}
