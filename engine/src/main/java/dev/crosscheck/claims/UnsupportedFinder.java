package dev.crosscheck.claims;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Story;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds a story's unsupported additions from its written result: claims that only one of its
 * several lineage groups carries, in any version (its sources and its conflicting variants alike).
 * Claims are atomic (a sentence may state several), so an article's count here is its count of
 * unsupported claims; {@link StoryClaims#unsupported()} marks the sentences stating them.
 */
public final class UnsupportedFinder {
  private UnsupportedFinder() {}

  /**
   * Whether {@code claim} is an unsupported addition: the story has two or more lineage groups and
   * every article carrying the claim, in any version, is in one of them.
   *
   * @param origins the story's lineage groups ({@link Story#origins()})
   */
  public static boolean unsupported(Claim claim, List<List<String>> origins) {
    if (origins.size() < 2) {
      return false;
    }
    Set<Integer> groups = new HashSet<>();
    for (String id : carriers(claim)) {
      for (int g = 0; g < origins.size(); g++) {
        if (origins.get(g).contains(id)) {
          groups.add(g);
        }
      }
    }
    return groups.size() == 1;
  }

  /** Each article of {@code story} with how many unsupported claims it carries. */
  public static Map<String, Integer> countsByArticle(Story story) {
    Map<String, Integer> counts = new TreeMap<>();
    story.articles().forEach(id -> counts.put(id, 0));
    for (Claim claim : story.claims()) {
      if (unsupported(claim, story.origins())) {
        carriers(claim).forEach(id -> counts.merge(id, 1, Integer::sum));
      }
    }
    return counts;
  }

  private static Set<String> carriers(Claim claim) {
    Set<String> ids = new HashSet<>(claim.sources());
    for (Conflict conflict : claim.conflicts()) {
      ids.addAll(conflict.sources());
    }
    return ids;
  }
}
