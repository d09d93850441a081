package dev.crosscheck.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the stories of a new clustering after the stored ones, so that a story keeps its id while
 * articles join it. The rule:
 *
 * <ol>
 *   <li>each stored story's <em>anchor</em> is its earliest-stored article;
 *   <li>a new story holding one or more anchors takes the id of the stored story whose anchor was
 *       stored first (so a story that grows keeps its id; when stories merge, the merged one keeps
 *       the id of the story holding the earliest-stored article; when a story splits, the part
 *       holding its anchor keeps the id);
 *   <li>a new story holding no anchor gets a fresh id, {@code story-N} numbered on from the store's
 *       counter in the new clustering's story order (largest first, then by first article id);
 *   <li>stored stories whose id passes to no new story are removed; ids are never reused.
 * </ol>
 *
 * A new story is <em>unchanged</em> when its articles are exactly those of one stored story: its
 * stored row stays as it is. On an empty store the ids are those of a one-shot run.
 */
final class StoryIds {
  /**
   * How the new stories are named.
   *
   * @param ids the id of each new story, in the order given
   * @param unchanged whether each new story is exactly a stored one (same id, same articles)
   * @param removed stored story ids that pass to no new story
   * @param nextStory the counter after the fresh ids given
   */
  record Naming(List<String> ids, List<Boolean> unchanged, List<String> removed, long nextStory) {}

  private StoryIds() {}

  /**
   * @param storedOrder every article id, in the order stored
   * @param storedStory the stored story of each article that has one
   * @param stories the new stories (article ids), in the new clustering's order
   * @param nextStory the store's counter of fresh ids, >= 1
   */
  static Naming name(
      List<String> storedOrder,
      Map<String, String> storedStory,
      List<List<String>> stories,
      long nextStory) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < storedOrder.size(); i++) {
      rank.put(storedOrder.get(i), i);
    }
    Map<String, String> anchorOf = new HashMap<>();
    Map<String, Integer> sizeOf = new HashMap<>();
    for (String article : storedOrder) {
      String story = storedStory.get(article);
      if (story != null) {
        anchorOf.putIfAbsent(story, article);
        sizeOf.merge(story, 1, Integer::sum);
      }
    }
    Set<String> anchors = new HashSet<>(anchorOf.values());
    List<String> ids = new ArrayList<>();
    List<Boolean> unchanged = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    long next = nextStory;
    for (List<String> story : stories) {
      String earliest = null;
      for (String article : story) {
        if (anchors.contains(article)
            && (earliest == null || rank.get(article) < rank.get(earliest))) {
          earliest = article;
        }
      }
      String id = earliest == null ? null : storedStory.get(earliest);
      if (id == null) {
        do {
          id = Pipeline.storyId(next++);
        } while (sizeOf.containsKey(id));
      } else {
        kept.add(id);
      }
      ids.add(id);
      unchanged.add(sameAs(story, id, storedStory, sizeOf));
    }
    Set<String> removed = new LinkedHashSet<>();
    for (String article : storedOrder) {
      String story = storedStory.get(article);
      if (story != null && !kept.contains(story)) {
        removed.add(story);
      }
    }
    return new Naming(ids, unchanged, List.copyOf(removed), next);
  }

  private static boolean sameAs(
      List<String> story, String id, Map<String, String> storedStory, Map<String, Integer> sizeOf) {
    if (sizeOf.getOrDefault(id, 0) != story.size()) {
      return false;
    }
    return story.stream().allMatch(a -> id.equals(storedStory.get(a)));
  }
}
