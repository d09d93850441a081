package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import java.util.List;

/**
 * A consistent view of a store's inputs, read in one transaction.
 *
 * @param generation the store's article generation: it grows by one with every commit that adds
 *     articles, so stories computed from this snapshot are current while it has not moved
 * @param articles every stored article, in the order they were stored
 * @param rejected inputs whose latest ingest was a rejection, in the order first seen
 */
public record Snapshot(long generation, List<Article> articles, List<Rejection> rejected) {
  public Snapshot {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }
}
