package dev.crosscheck.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person needs to recognize a story.
 *
 * @param articles ids of its articles, sorted
 * @param title a headline-like phrase: the most central headline of its articles
 * @param first the earliest known publication day, or null when no article is dated
 * @param last the latest known publication day, or null
 * @param outlets the distinct sources named by its articles, sorted
 * @param entities the key entities: those named by most articles, most specific first
 */
public record StorySummary(
    List<String> articles,
    String title,
    LocalDate first,
    LocalDate last,
    List<String> outlets,
    List<String> entities) {
  public StorySummary {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
  }
}
