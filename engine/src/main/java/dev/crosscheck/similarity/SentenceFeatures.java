package dev.crosscheck.similarity;

import java.util.List;
import java.util.Set;

/**
 * What the scorer compares of one sentence.
 *
 * @param tokens the sentence's tokens, for exact and edit-distance matches
 * @param terms stemmed content words (stop words dropped)
 * @param anchors the checkable parts among the terms: names (capitalized words inside the
 *     sentence), numbers, days
 */
public record SentenceFeatures(List<String> tokens, Set<String> terms, Set<String> anchors) {
  public SentenceFeatures {
    tokens = List.copyOf(tokens);
    terms = Set.copyOf(terms);
    anchors = Set.copyOf(anchors);
  }
}
