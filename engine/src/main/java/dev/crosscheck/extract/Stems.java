package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of lower-case word stems that can be looked for anywhere inside a string, faster than a
 * regular expression alternation: stems are bucketed by their first character. Immutable.
 */
final class Stems {
  private final List<List<String>> byFirst = new ArrayList<>();

  /** A set of stems, each lower-case ASCII, non-empty. */
  Stems(String... stems) {
    for (int i = 0; i < 128; i++) {
      byFirst.add(new ArrayList<>());
    }
    for (String stem : stems) {
      if (stem.isEmpty() || stem.charAt(0) >= 128) {
        throw new IllegalArgumentException("stem (" + stem + ") must be non-empty ASCII");
      }
      byFirst.get(stem.charAt(0)).add(stem);
    }
  }

  /** Whether any stem occurs in the (lower-case) text. */
  boolean occursIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        for (String stem : byFirst.get(c)) {
          if (text.startsWith(stem, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
