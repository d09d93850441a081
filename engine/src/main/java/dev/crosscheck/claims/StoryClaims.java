package dev.crosscheck.claims;

import dev.crosscheck.model.Claim;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story's claims and its unsupported additions.
 *
 * @param claims the claims, best supported first (as {@link ClaimBuilder#build} returns them)
 * @param unsupported for each article id, the indexes ({@link
 *     dev.crosscheck.model.Sentence#index()}) of its sentences stating a claim that only its own
 *     lineage group carries; empty when the story has a single lineage group, where every claim has
 *     one lineage and the mark says nothing. Filler sentences state no claim and are never marked.
 */
public record StoryClaims(List<Claim> claims, Map<String, SortedSet<Integer>> unsupported) {
  public StoryClaims {
    claims = List.copyOf(claims);
    TreeMap<String, SortedSet<Integer>> copy = new TreeMap<>();
    unsupported.forEach(
        (id, s) -> copy.put(id, Collections.unmodifiableSortedSet(new TreeSet<>(s))));
    unsupported = Collections.unmodifiableSortedMap(copy);
  }

  /** How many sentences of {@code articleId} state an unsupported addition. */
  public int unsupportedCount(String articleId) {
    SortedSet<Integer> marks = unsupported.get(articleId);
    return marks == null ? 0 : marks.size();
  }
}
