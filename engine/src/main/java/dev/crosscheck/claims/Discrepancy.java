package dev.crosscheck.claims;

import dev.crosscheck.entities.NameVariants;
import dev.crosscheck.similarity.SentenceScorer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What two versions of one claim disagree on, if anything. */
enum Discrepancy {
  NUMBER,
  DAY,
  ROLE,
  NEGATION,
  QUOTE,
  PLACE,
  SPEAKER,
  /** Another person or organisation named in the same place of a derived sentence. */
  NAME;

  /** Quotes at least this similar but not identical have drifted; less similar are others. */
  static final double QUOTE_DRIFT_FLOOR = 0.4;

  /**
   * Quotes of independent reports must be at least this similar to have drifted: outlets that quote
   * one statement on their own render it their own way (a translation, a shorter excerpt), so only
   * a quote kept nearly word for word with a word or two changed is a misquote.
   */
  static final double INDEPENDENT_QUOTE_DRIFT_FLOOR = 0.8;

  /** Quotes this similar or more are the same quote: any changed word is a drift. */
  static final double QUOTE_SAME = 1.0;

  /**
   * The first disagreement between two versions of a claim, if any.
   *
   * @param lightEdit whether one version is a light edit of the other (only then is a negation flip
   *     taken as a contradiction: paraphrases move negations around)
   */
  static Optional<Discrepancy> between(Facts a, Facts b, boolean lightEdit) {
    return between(a, b, lightEdit, lightEdit);
  }

  /**
   * The first disagreement between two versions of a claim, if any.
   *
   * @param lightEdit whether one version is a light edit of the other (only then is a negation flip
   *     taken as a contradiction: paraphrases move negations around)
   * @param derived whether one version derives from the other (same lineage group): only then is a
   *     changed place or an unquoted statement's changed speaker a contradiction, as independent
   *     reports name places and sources at different levels ("in Tijuana", "in Mexico")
   */
  static Optional<Discrepancy> between(Facts a, Facts b, boolean lightEdit, boolean derived) {
    // Versions of one report are compared slot by slot; independent reports, which word things
    // their own way, only where the slot is pinned: a figure's unit, a person's title.
    boolean close = lightEdit || derived;
    if (close ? disjointDifferences(a.numbers(), b.numbers()) : changedUnit(a.units(), b.units())) {
      return Optional.of(NUMBER);
    }
    if (lightEdit || derived) {
      if (disjointDifferences(weekdays(a.days(), true), weekdays(b.days(), true))
          || disjointDifferences(weekdays(a.days(), false), weekdays(b.days(), false))) {
        return Optional.of(DAY);
      }
    }
    if (close && (changedModifier(a, b) || changedModifier(b, a)) || changedRole(a, b)) {
      return Optional.of(ROLE);
    }
    if (lightEdit && a.negated() != b.negated()) {
      return Optional.of(NEGATION);
    }
    if (quoteDrift(
        a.quotes(), b.quotes(), close ? QUOTE_DRIFT_FLOOR : INDEPENDENT_QUOTE_DRIFT_FLOOR)) {
      return Optional.of(QUOTE);
    }
    if (close && changedNames(a.places(), b.places())) {
      return Optional.of(PLACE);
    }
    boolean sameQuote = sharesQuote(a.quotes(), b.quotes());
    if ((sameQuote || close)
        && a.speaker() != null
        && b.speaker() != null
        && !NameVariants.compatible(a.speaker(), b.speaker())) {
      return Optional.of(SPEAKER);
    }
    if (close && substitutedName(a.names(), b.names())) {
      return Optional.of(NAME);
    }
    return Optional.empty();
  }

  /** A unit both sides give a figure in, with a different figure on each side. */
  private static boolean changedUnit(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    for (Map.Entry<String, Set<String>> e : a.entrySet()) {
      Set<String> other = b.get(e.getKey());
      if (other != null && disjointDifferences(e.getValue(), other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role modifier of {@code a} that {@code b} lacks before the same word: "former Minister Halst"
   * against "Minister Halst", but not against "Mr. Halst", which leaves the role out.
   */
  private static boolean changedModifier(Facts a, Facts b) {
    for (Map.Entry<String, Set<String>> e : a.modifierHeads().entrySet()) {
      if (b.modifiers().contains(e.getKey())) {
        continue;
      }
      for (String head : e.getValue()) {
        if (b.words().contains(head)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A person both sides give the same role, with different modifiers ("former envoy", "envoy"). */
  private static boolean changedRole(Facts a, Facts b) {
    for (Map.Entry<String, Facts.Title> pa : a.personRoles().entrySet()) {
      for (Map.Entry<String, Facts.Title> pb : b.personRoles().entrySet()) {
        Facts.Title ta = pa.getValue();
        Facts.Title tb = pb.getValue();
        if (NameVariants.compatible(pa.getKey(), pb.getKey())
            && ta.roles().stream().anyMatch(tb.roles()::contains)
            && !ta.modifiers().equals(tb.modifiers())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Exactly one name on each side that the other side lacks: one name put for another. */
  private static boolean substitutedName(Set<String> a, Set<String> b) {
    return unmatchedCount(a, b) == 1 && unmatchedCount(b, a) == 1;
  }

  private static int unmatchedCount(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      if (b.stream().noneMatch(y -> NameVariants.compatible(x, y))) {
        n++;
      }
    }
    return n;
  }

  /** Each side names a place no name of the other side can stand for. */
  private static boolean changedNames(Set<String> a, Set<String> b) {
    return unmatched(a, b) && unmatched(b, a);
  }

  private static boolean unmatched(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.stream().noneMatch(y -> NameVariants.compatible(x, y))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesQuote(List<List<String>> a, List<List<String>> b) {
    for (List<String> qa : a) {
      for (List<String> qb : b) {
        if (SentenceScorer.editSimilarity(qa, qb) >= QUOTE_DRIFT_FLOOR) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The weekday names among {@code days}, or the dates ("march 4") when {@code weekdays} is false.
   */
  private static Set<String> weekdays(Set<String> days, boolean weekdays) {
    Set<String> out = new HashSet<>();
    for (String d : days) {
      if (d.contains(" ") != weekdays) {
        out.add(d);
      }
    }
    return out;
  }

  /** Each side has a value the other lacks: a changed value, not one omitted. */
  private static boolean disjointDifferences(Set<String> a, Set<String> b) {
    Set<String> onlyA = new HashSet<>(a);
    onlyA.removeAll(b);
    Set<String> onlyB = new HashSet<>(b);
    onlyB.removeAll(a);
    return !onlyA.isEmpty() && !onlyB.isEmpty();
  }

  private static boolean quoteDrift(List<List<String>> a, List<List<String>> b, double floor) {
    for (List<String> qa : a) {
      double best = 0;
      for (List<String> qb : b) {
        best = Math.max(best, SentenceScorer.editSimilarity(qa, qb));
      }
      if (best >= floor && best < QUOTE_SAME) {
        return true;
      }
    }
    return false;
  }
}
