package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import java.util.List;

/**
 * Groups articles into stories as they arrive. Contract (see the contract test base): the stories
 * depend only on the set of articles added, not on their order, on how they were split into
 * batches, or on the number of threads.
 */
public interface ArticleClusterer {
  /**
   * Adds articles to the stories.
   *
   * @throws IllegalArgumentException if an article id was already added or repeats in {@code
   *     articles}
   */
  void add(List<Article> articles);

  /**
   * The stories so far: lists of article ids, each sorted, ordered by size (largest first) then by
   * first id.
   */
  List<List<String>> stories();
}
