package dev.crosscheck.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Every pair of a small set of articles (a story) compared once, read in either direction. */
public final class ComparisonTable {
  private final Map<String, Comparison> byPair;

  private ComparisonTable(Map<String, Comparison> byPair) {
    this.byPair = byPair;
  }

  /** Compares every pair of {@code profiles} with {@code comparer} under {@code idf}. */
  public static ComparisonTable of(
      List<ArticleProfile> profiles, PairComparer comparer, ToDoubleFunction<String> idf) {
    Map<String, Comparison> byPair = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        ArticleProfile a = profiles.get(i);
        ArticleProfile b = profiles.get(j);
        byPair.put(key(a.id(), b.id()), comparer.compare(a, b, idf));
      }
    }
    return new ComparisonTable(byPair);
  }

  /**
   * The comparison of {@code left} with {@code right}, its alignment oriented left to right.
   *
   * @throws IllegalArgumentException when the pair was not compared
   */
  public Comparison get(String left, String right) {
    Comparison c = byPair.get(key(left, right));
    if (c == null) {
      c = byPair.get(key(right, left));
      if (c == null) {
        throw new IllegalArgumentException("pair (" + left + ", " + right + ") was not compared");
      }
      return new Comparison(
          c.similarity(), c.relation(), c.equivalent(), c.cosine(), c.alignment().reversed());
    }
    return c;
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }
}
