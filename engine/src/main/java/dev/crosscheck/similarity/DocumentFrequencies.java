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
