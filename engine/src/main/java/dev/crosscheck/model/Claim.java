package dev.crosscheck.model;

import java.util.List;

/**
 * A fact stated in a story, with who carries it.
 *
 * @param text the claim, in the words of its best-supported source
 * @param sources ids of every article carrying it
 * @param independentSources how many lineage groups carry it (rewrites of one origin count once)
 * @param conflicts variants that disagree with it; empty unless the status is contradicted
 */
public record Claim(
    String text,
    List<String> sources,
    int independentSources,
    ClaimStatus status,
    List<Conflict> conflicts) {
  public Claim {
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
  }
}
