package dev.crosscheck.similarity;

import java.util.ArrayList;
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
    Vocabulary vocabulary = new Vocabulary();
    List<EncodedArticle> encoded = new ArrayList<>(profiles.size());
    for (ArticleProfile profile : profiles) {
      encoded.add(EncodedArticle.of(profile, vocabulary, idf));
    }
    Map<String, Comparison> compared = new HashMap<>();
    Map<String, String> reverseKeys = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        String a = profiles.get(i).id();
        String b = profiles.get(j).id();
        compared.put(key(a, b), comparer.compare(encoded.get(i), encoded.get(j)));
        reverseKeys.put(key(a, b), key(b, a));
      }
    }
    // Lineage and claims read pairs in both directions, many times: reverse each alignment once.
    Map<String, Comparison> byPair = new HashMap<>(compared);
    compared.forEach(
        (key, c) -> {
          if (!compared.containsKey(reverseKeys.get(key))) {
            byPair.put(reverseKeys.get(key), reversed(c));
          }
        });
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
      throw new IllegalArgumentException("pair (" + left + ", " + right + ") was not compared");
    }
    return c;
  }

  private static Comparison reversed(Comparison c) {
    return new Comparison(
        c.similarity(), c.relation(), c.equivalent(), c.cosine(), c.alignment().reversed());
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }
}
