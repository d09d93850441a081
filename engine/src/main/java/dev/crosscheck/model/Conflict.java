package dev.crosscheck.model;

import java.util.List;

/**
 * A variant of a claim that disagrees with it.
 *
 * @param text the variant as written
 * @param sources ids of the articles stating the variant
 */
public record Conflict(String text, List<String> sources) {
  public Conflict {
    sources = List.copyOf(sources);
  }
}
