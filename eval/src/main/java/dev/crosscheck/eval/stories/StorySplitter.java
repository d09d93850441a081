package dev.crosscheck.eval.stories;

import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals a story data set into disjoint parts, whole gold stories at a time: the gold stories in the
 * order their first article appears go to part 0, 1, …, {@code parts - 1}, 0, … in turn. Why: how
 * many other stories an article competes with grows with the set, so a set eight times larger than
 * the one a setting is meant for rewards precision over recall; parts of the held-out sets' size
 * fit a setting under their conditions without looking at them.
 */
public final class StorySplitter {
  private StorySplitter() {}

  /**
   * The parts of {@code data}, each keeping the articles' order and their summaries.
   *
   * @param parts number of parts, >= 1 and at most the number of gold stories
   * @throws IllegalArgumentException when {@code parts} is out of range
   */
  public static List<StoryDataSet> split(StoryDataSet data, int parts) {
    Map<String, Integer> partOf = new LinkedHashMap<>();
    for (Article a : data.articles()) {
      partOf.computeIfAbsent(data.gold().get(a.id()), g -> partOf.size());
    }
    if (parts < 1 || parts > Math.max(1, partOf.size())) {
      throw new IllegalArgumentException(
          "parts (" + parts + ") must be in [1, " + Math.max(1, partOf.size()) + "]");
    }
    List<List<Article>> articles = new ArrayList<>();
    List<Map<String, String>> gold = new ArrayList<>();
    List<Map<String, String>> summaries = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      articles.add(new ArrayList<>());
      gold.add(new LinkedHashMap<>());
      summaries.add(new HashMap<>());
    }
    for (Article a : data.articles()) {
      String story = data.gold().get(a.id());
      int p = partOf.get(story) % parts;
      articles.get(p).add(a);
      gold.get(p).put(a.id(), story);
      if (data.summaries().containsKey(story)) {
        summaries.get(p).put(story, data.summaries().get(story));
      }
    }
    List<StoryDataSet> result = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      result.add(new StoryDataSet(articles.get(p), gold.get(p), summaries.get(p)));
    }
    return result;
  }
}
