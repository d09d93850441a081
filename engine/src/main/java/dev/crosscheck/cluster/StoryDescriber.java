package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Describes a story by a {@link StorySummary}. Thread-safe. */
public final class StoryDescriber {
  /** Key entities listed at most. */
  public static final int DEFAULT_ENTITIES = 5;

  /** Words of a title cut from a lead sentence when no article has a headline. */
  public static final int TITLE_WORDS = 14;

  /** The summary of a story of at least one article. */
  public StorySummary describe(List<ArticleFeatures> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members (0) must not be empty");
    }
    List<ArticleFeatures> byId =
        members.stream().sorted(Comparator.comparing(ArticleFeatures::id)).toList();
    LocalDate first =
        byId.stream()
            .map(ArticleFeatures::date)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    LocalDate last =
        byId.stream()
            .map(ArticleFeatures::date)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    TreeSet<String> outlets = new TreeSet<>();
    byId.stream()
        .map(f -> f.article().source())
        .filter(s -> s != null && !s.isBlank())
        .forEach(s -> outlets.add(s.strip()));
    return new StorySummary(
        byId.stream().map(ArticleFeatures::id).toList(),
        title(byId),
        first,
        last,
        List.copyOf(outlets),
        entities(byId));
  }

  /** The headline closest to all others (highest summed headline cosine); ties by id. */
  private static String title(List<ArticleFeatures> members) {
    ArticleFeatures best = null;
    double bestScore = -1;
    for (ArticleFeatures a : members) {
      if (blank(a.article().title())) {
        continue;
      }
      double score = 0;
      for (ArticleFeatures b : members) {
        score += a == b ? 0 : a.headline().dot(b.headline());
      }
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best != null) {
      return best.article().title().strip();
    }
    return leadTitle(members.get(0).article());
  }

  private static String leadTitle(Article article) {
    String text = article.text().strip();
    return text.isEmpty() ? article.id() : titleFrom(text.split("\\n")[0].strip());
  }

  /**
   * A title cut from a sentence, for a story none of whose articles has a headline: its first
   * {@link #TITLE_WORDS} words, an ellipsis marking a cut.
   */
  public static String titleFrom(String sentence) {
    String[] words = sentence.split("\\s+");
    if (words.length <= TITLE_WORDS) {
      return sentence;
    }
    return String.join(" ", Arrays.copyOf(words, TITLE_WORDS)) + "…";
  }

  /** Entities by how many articles name them, then by specificity (their order in each article). */
  private static List<String> entities(List<ArticleFeatures> members) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (ArticleFeatures a : members) {
      List<String> names = a.entityNames();
      for (int i = 0; i < names.size(); i++) {
        counts.merge(names.get(i), 1, Integer::sum);
        rank.merge(names.get(i), i, Math::min);
      }
    }
    List<String> ranked =
        counts.keySet().stream()
            .sorted(
                Comparator.comparingInt((String e) -> -counts.get(e))
                    .thenComparingInt(rank::get)
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    List<String> kept = new ArrayList<>();
    for (String entity : ranked) {
      // "kestrel" says nothing "kestrel dawn" does not: keep the fuller name when it is as common.
      boolean subsumed =
          ranked.stream()
              .anyMatch(
                  other ->
                      !other.equals(entity)
                          && counts.get(other) >= counts.get(entity)
                          && (" " + other + " ").contains(" " + entity + " "));
      if (!subsumed) {
        kept.add(entity);
      }
      if (kept.size() == DEFAULT_ENTITIES) {
        break;
      }
    }
    return kept;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
