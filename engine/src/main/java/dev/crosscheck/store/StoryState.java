package dev.crosscheck.store;

import java.util.List;

/**
 * What a story update starts from, read in one transaction: every article with its place and
 * fingerprint, and the generations that say whether the stories are current.
 *
 * @param articlesGeneration the store's article generation (see {@link Snapshot#generation()})
 * @param storiesGeneration the article generation the stored stories were computed from
 * @param nextStory the number of the next fresh story id
 * @param articles every stored article, in the order they were stored
 */
public record StoryState(
    long articlesGeneration,
    long storiesGeneration,
    long nextStory,
    List<IndexedArticle> articles) {
  public StoryState {
    articles = List.copyOf(articles);
  }

  /** Whether the stored stories place every article of this state. */
  public boolean current() {
    return articlesGeneration == storiesGeneration
        && articles.stream().allMatch(a -> a.story() != null);
  }
}
