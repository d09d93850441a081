package dev.crosscheck.model;

import java.util.List;

/**
 * A story: the articles reporting one event, their lineage, claims and brief.
 *
 * @param articles ids of its articles
 * @param origins the articles grouped by lineage: each inner list is one original and what derives
 *     from it, the original first
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    List<List<String>> origins,
    List<BriefSentence> brief,
    List<Claim> claims) {
  public Story {
    articles = List.copyOf(articles);
    origins = origins.stream().map(List::copyOf).toList();
    brief = List.copyOf(brief);
    claims = List.copyOf(claims);
  }
}
