package dev.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pairs the clauses of a story's statements: inside aligned sentences and across reports. */
final class ClauseMatcher {
  private ClauseMatcher() {}

  /**
   * The clauses of two aligned sentences paired: one clause each, or the most similar clauses
   * first, each at most once, when a side was split.
   */
  static List<Statement[]> pairs(List<Statement> left, List<Statement> right) {
    List<Statement[]> pairs = new ArrayList<>();
    if (left.isEmpty() || right.isEmpty()) {
      return pairs;
    }
    if (left.size() == 1 && right.size() == 1) {
      pairs.add(new Statement[] {left.get(0), right.get(0)});
      return pairs;
    }
    List<Statement[]> candidates = new ArrayList<>();
    for (Statement l : left) {
      for (Statement r : right) {
        if (dice(l, r) >= ClaimBuilder.MIN_CLAUSE_PAIR_SCORE) {
          candidates.add(new Statement[] {l, r});
        }
      }
    }
    return greedy(candidates);
  }

  /**
   * Clauses of two independent reports that sentence alignment left unpaired, matched on their own:
   * a fact in a long sentence matches its report elsewhere however different the rest of the
   * sentence is. At least one of the two must be a clause split from a longer sentence (whole
   * sentences were already compared), both must share anchors, and their content words must overlap
   * by {@link ClaimBuilder#CROSS_GROUP_CLAUSE_SCORE}.
   */
  static List<Statement[]> crossGroup(
      String a,
      String b,
      Map<String, Statement> statements,
      AnchorMatcher anchors,
      Set<String> pairedA,
      Set<String> pairedB) {
    List<Statement[]> candidates = new ArrayList<>();
    for (Statement l : statements.values()) {
      if (!l.article().equals(a) || pairedA.contains(l.key())) {
        continue;
      }
      for (Statement r : statements.values()) {
        if (!r.article().equals(b) || pairedB.contains(r.key()) || !(l.split() || r.split())) {
          continue;
        }
        double score = dice(l, r);
        if (score >= ClaimBuilder.CROSS_GROUP_SAME_WORDING
            || score >= ClaimBuilder.CROSS_GROUP_CLAUSE_SCORE
                && anchors.matches(l.facts(), r.facts())) {
          candidates.add(new Statement[] {l, r});
        }
      }
    }
    return greedy(candidates);
  }

  /** The best candidates first, each statement at most once; ties by position. */
  static List<Statement[]> greedy(List<Statement[]> candidates) {
    candidates.sort(
        Comparator.comparingDouble((Statement[] p) -> -dice(p[0], p[1]))
            .thenComparing(p -> p[0].key())
            .thenComparing(p -> p[1].key()));
    Set<String> used = new HashSet<>();
    List<Statement[]> pairs = new ArrayList<>();
    for (Statement[] p : candidates) {
      if (!used.contains("L" + p[0].key()) && !used.contains("R" + p[1].key())) {
        used.add("L" + p[0].key());
        used.add("R" + p[1].key());
        pairs.add(p);
      }
    }
    return pairs;
  }

  /** Dice overlap of two statements' content words, in [0, 1]. */
  static double dice(Statement a, Statement b) {
    if (a.content().isEmpty() || b.content().isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a.content()) {
      if (b.content().contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.content().size() + b.content().size());
  }
}
