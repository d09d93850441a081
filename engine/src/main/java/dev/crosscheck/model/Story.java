package dev.crosscheck.model;

import java.util.List;

/**
 * A story: the articles reporting one event, their lineage, claims and brief.
 *
 * @param articles ids of its articles
 * @param origins the articles grouped by lineage: each inner list is one original and what derives
 *     from it, the original first
 * @param first the earliest known publication day (ISO-8601 date), or null when none is dated
 * @param last the latest known publication day, or null
 * @param outlets the distinct sources its articles name, sorted
 * @param entities its key names: those most of its articles mention
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    List<List<String>> origins,
    List<BriefSentence> brief,
    List<Claim> claims,
    String first,
    String last,
    List<String> outlets,
    List<String> entities) {
  public Story {
    articles = List.copyOf(articles);
    origins = origins.stream().map(List::copyOf).toList();
    brief = List.copyOf(brief);
    claims = List.copyOf(claims);
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
  }

  /** A story without time span, outlets or key names. */
  public Story(
      String id,
      String title,
      List<String> articles,
      List<List<String>> origins,
      List<BriefSentence> brief,
      List<Claim> claims) {
    this(id, title, articles, origins, brief, claims, null, null, List.of(), List.of());
  }

  /** This story with its time span, outlets and key names. */
  public Story describedBy(String first, String last, List<String> outlets, List<String> entities) {
    return new Story(id, title, articles, origins, brief, claims, first, last, outlets, entities);
  }
}
