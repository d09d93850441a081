package dev.crosscheck.cluster;

import java.util.Objects;

/**
 * One link of a clustering's link graph, as {@link IncrementalClusterer#links(String)} exports it
 * and {@link IncrementalClusterer#restore} takes it back: two distinct article ids and the score
 * that made them a link.
 *
 * @param article the article whose link this is
 * @param other the article it links to
 * @param score the pair's score, at least the clusterer's link threshold
 */
public record ArticleLink(String article, String other, float score) {
  public ArticleLink {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(other, "other");
    if (article.equals(other)) {
      throw new IllegalArgumentException("a link's ends (" + article + ") must differ");
    }
  }
}
