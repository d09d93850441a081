package dev.crosscheck.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unweighted vocabulary of an article that story clustering reads.
 *
 * @param id the article id
 * @param headline stemmed content words of the title and the lead (first sentence) with counts
 * @param body stemmed content words of the whole text (title included) with counts
 * @param entities normalized proper-noun chunks ({@link EntityFinder})
 * @param tokens all word tokens of title and text, for shingling
 * @param date the publication day when known and plausible, else null
 */
public record ArticleTerms(
    String id,
    Map<String, Integer> headline,
    Map<String, Integer> body,
    Set<String> entities,
    List<String> tokens,
    LocalDate date) {
  public ArticleTerms {
    headline = Map.copyOf(headline);
    body = Map.copyOf(body);
    entities = Set.copyOf(entities);
    tokens = List.copyOf(tokens);
  }
}
