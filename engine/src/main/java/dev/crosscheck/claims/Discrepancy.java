package dev.crosscheck.claims;

import dev.crosscheck.similarity.SentenceScorer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What two versions of one claim disagree on, if anything. */
enum Discrepancy {
  NUMBER,
  DAY,
  ROLE,
  NEGATION,
  QUOTE;

  /** Quotes at least this similar but not identical have drifted; less similar are others. */
  static final double QUOTE_DRIFT_FLOOR = 0.4;

  /** Quotes this similar or more are the same quote: any changed word is a drift. */
  static final double QUOTE_SAME = 1.0;

  /**
   * The first disagreement between two versions of a claim, if any.
   *
   * @param lightEdit whether one version is a light edit of the other (only then is a negation flip
   *     taken as a contradiction: paraphrases move negations around)
   */
  static Optional<Discrepancy> between(Facts a, Facts b, boolean lightEdit) {
    if (disjointDifferences(a.numbers(), b.numbers())) {
      return Optional.of(NUMBER);
    }
    if (disjointDifferences(a.days(), b.days())) {
      return Optional.of(DAY);
    }
    if (!a.modifiers().equals(b.modifiers())) {
      return Optional.of(ROLE);
    }
    if (lightEdit && a.negated() != b.negated()) {
      return Optional.of(NEGATION);
    }
    if (quoteDrift(a.quotes(), b.quotes())) {
      return Optional.of(QUOTE);
    }
    return Optional.empty();
  }

  /** Each side has a value the other lacks: a changed value, not one omitted. */
  private static boolean disjointDifferences(Set<String> a, Set<String> b) {
    Set<String> onlyA = new HashSet<>(a);
    onlyA.removeAll(b);
    Set<String> onlyB = new HashSet<>(b);
    onlyB.removeAll(a);
    return !onlyA.isEmpty() && !onlyB.isEmpty();
  }

  private static boolean quoteDrift(List<List<String>> a, List<List<String>> b) {
    for (List<String> qa : a) {
      double best = 0;
      for (List<String> qb : b) {
        best = Math.max(best, SentenceScorer.editSimilarity(qa, qb));
      }
      if (best >= QUOTE_DRIFT_FLOOR && best < QUOTE_SAME) {
        return true;
      }
    }
    return false;
  }
}
