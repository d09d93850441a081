package dev.crosscheck.pipeline;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import java.util.List;

/** Articles extracted from the inputs, and the inputs rejected with their reasons. */
public record Extraction(List<Article> articles, List<Rejection> rejected) {
  public Extraction {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }
}
