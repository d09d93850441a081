package dev.crosscheck.claims;

import dev.crosscheck.entities.NameVariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two statements of independent lineage groups share enough checkable anchors to
 * state one fact: whole names (a person's first and last name are one anchor, spelling variants
 * count as one), figures, days, and figures of one unit that differ ("six weeks", "four weeks").
 * The story's common names (those in more than {@link #COMMON_NAME_SHARE} of its statements: its
 * countries, its main actor) say little on their own, so a match on them alone needs {@link
 * #MIN_COMMON_ANCHORS}; with at least one rarer anchor {@link #MIN_ANCHORS} suffice. "Ukraine" and
 * "Europe" shared by two sentences about different things is no match; "Kellogg" and "Kyiv" is.
 */
final class AnchorMatcher {
  /** Share of a story's statements above which a name is one of its common names. */
  static final double COMMON_NAME_SHARE = 0.1;

  /** A name in this few statements or fewer is never common, however short the story. */
  static final int MAX_RARE_STATEMENTS = 4;

  /** Shared anchors needed when at least one is a figure, a day or a rare name. */
  static final int MIN_ANCHORS = 2;

  /** Shared anchors needed when all are common names. */
  static final int MIN_COMMON_ANCHORS = 3;

  private final List<String> common;

  /** A matcher for a story whose statements have {@code statements} as facts. */
  AnchorMatcher(Collection<Facts> statements) {
    List<String> distinct = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    // Spellings seen before skip the pairwise comparison: most names repeat exactly.
    Map<String, Integer> spellings = new HashMap<>();
    for (Facts facts : statements) {
      Set<Integer> seen = new HashSet<>();
      for (String name : facts.names()) {
        int index = spellings.computeIfAbsent(name, n -> indexOf(distinct, n));
        if (index < 0) {
          distinct.add(name);
          counts.add(0);
          index = distinct.size() - 1;
          spellings.put(name, index);
        }
        if (seen.add(index)) {
          counts.set(index, counts.get(index) + 1);
        }
      }
    }
    double limit = Math.max(MAX_RARE_STATEMENTS, COMMON_NAME_SHARE * statements.size());
    List<String> found = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      if (counts.get(i) > limit) {
        found.add(distinct.get(i));
      }
    }
    this.common = List.copyOf(found);
  }

  /** Whether {@code a} and {@code b} share enough anchors to be matched across groups. */
  boolean matches(Facts a, Facts b) {
    int shared = 0;
    boolean rare = false;
    List<String> counted = new ArrayList<>();
    for (String name : a.names()) {
      if (indexOf(counted, name) < 0
          && b.names().stream().anyMatch(n -> NameVariants.compatible(name, n))) {
        // "Ukraine" and "Ukrainian" in one sentence are one anchor.
        counted.add(name);
        shared++;
        rare |= indexOf(common, name) < 0;
      }
    }
    for (String number : a.numbers()) {
      if (b.numbers().contains(number)) {
        shared++;
        rare = true;
      }
    }
    for (String day : a.days()) {
      if (b.days().contains(day)) {
        shared++;
        rare = true;
      }
    }
    for (Map.Entry<String, Set<String>> unit : a.units().entrySet()) {
      Set<String> other = b.units().get(unit.getKey());
      if (other != null && !other.equals(unit.getValue())) {
        // "six weeks" against "four weeks": one slot with a changed figure, which is what a
        // contradiction between outlets looks like (an equal figure is counted above).
        shared++;
        rare = true;
      }
    }
    return shared >= (rare ? MIN_ANCHORS : MIN_COMMON_ANCHORS);
  }

  private static int indexOf(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (NameVariants.compatible(names.get(i), name)) {
        return i;
      }
    }
    return -1;
  }
}
