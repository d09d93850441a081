package dev.crosscheck.store;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Story;
import java.util.List;

/**
 * The stories that changed since a {@link StoryState}, to be written in one transaction; every
 * other stored story keeps its row.
 *
 * @param baseGeneration the stories generation of the state this update was computed from: the
 *     update is dropped when the stored stories have moved on since
 * @param generation the article generation the updated stories are computed from
 * @param removed ids of stored stories that no longer exist
 * @param stories new and changed stories, each replacing any stored story of its id
 * @param placements the place of every article of {@code stories}
 * @param nextStory the number of the next fresh story id
 */
public record StoryUpdate(
    long baseGeneration,
    long generation,
    List<String> removed,
    List<Story> stories,
    List<ArticleResult> placements,
    long nextStory) {
  public StoryUpdate {
    removed = List.copyOf(removed);
    stories = List.copyOf(stories);
    placements = List.copyOf(placements);
    if (generation < baseGeneration) {
      throw new IllegalArgumentException(
          "generation (" + generation + ") must be >= baseGeneration (" + baseGeneration + ")");
    }
    if (nextStory < 1) {
      throw new IllegalArgumentException("nextStory (" + nextStory + ") must be >= 1");
    }
  }
}
