package dev.crosscheck.model;

import java.util.List;

/**
 * One sentence of a story's brief and the articles it stands on.
 *
 * @param independentSources how many lineage groups carry it
 */
public record BriefSentence(String text, List<String> sources, int independentSources) {
  public BriefSentence {
    sources = List.copyOf(sources);
  }
}
