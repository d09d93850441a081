package dev.crosscheck.model;

import java.util.List;

/** Everything the main job produces: articles with their roles, stories, and rejected inputs. */
public record RunResult(
    List<ArticleResult> articles, List<Story> stories, List<Rejection> rejected) {
  public RunResult {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    rejected = List.copyOf(rejected);
  }
}
