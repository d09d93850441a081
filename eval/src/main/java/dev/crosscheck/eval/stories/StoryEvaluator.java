package dev.crosscheck.eval.stories;

import dev.crosscheck.cluster.ArticleClusterer;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Evaluates a story clusterer on a {@link StoryDataSet}. */
public final class StoryEvaluator {
  /** Merges and splits listed at most. */
  public static final int DEFAULT_EXAMPLES = 5;

  private final int examples;

  public StoryEvaluator() {
    this(DEFAULT_EXAMPLES);
  }

  public StoryEvaluator(int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("examples (" + examples + ") must be >= 0");
    }
    this.examples = examples;
  }

  /** Adds the data set's articles to {@code clusterer} (empty) and scores the stories. */
  public StoryEvaluation evaluate(String name, StoryDataSet data, ArticleClusterer clusterer) {
    clusterer.add(data.articles());
    return score(name, data, clusterer.stories());
  }

  /**
   * Splits the data set into {@code parts} ({@link StorySplitter}) and evaluates a fresh clusterer
   * from {@code clusterers} on each.
   *
   * @throws IllegalArgumentException when {@code parts} is out of range
   */
  public PartsEvaluation evaluateParts(
      String name, StoryDataSet data, int parts, Supplier<ArticleClusterer> clusterers) {
    List<StoryEvaluation> results = new ArrayList<>();
    List<StoryDataSet> split = StorySplitter.split(data, parts);
    for (int p = 0; p < split.size(); p++) {
      results.add(evaluate(name + "/" + p, split.get(p), clusterers.get()));
    }
    return new PartsEvaluation(name, results);
  }

  /** Scores found {@code stories} against the data set. */
  public StoryEvaluation score(String name, StoryDataSet data, List<List<String>> stories) {
    Map<String, Article> byId = new HashMap<>();
    data.articles().forEach(a -> byId.put(a.id(), a));
    ClusteringScores scores = ClusteringScores.of(stories, data.gold());
    List<StoryError> merges = new ArrayList<>();
    for (List<String> story : stories) {
      Map<String, List<String>> parts = partition(story, data.gold()::get);
      if (parts.size() > 1) {
        merges.add(error(story.get(0), story.size(), parts, byId));
      }
    }
    Map<String, List<String>> goldStories = new TreeMap<>();
    data.gold().forEach((id, g) -> goldStories.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
    Map<String, String> foundOf = new HashMap<>();
    for (List<String> story : stories) {
      story.forEach(id -> foundOf.put(id, story.get(0)));
    }
    List<StoryError> splits = new ArrayList<>();
    for (Map.Entry<String, List<String>> g : goldStories.entrySet()) {
      List<String> ids = g.getValue().stream().sorted().toList();
      Map<String, List<String>> parts = partition(ids, foundOf::get);
      if (parts.size() > 1) {
        splits.add(error(g.getKey(), ids.size(), parts, byId));
      }
    }
    return new StoryEvaluation(name, data.articles().size(), scores, worst(merges), worst(splits));
  }

  private List<StoryError> worst(List<StoryError> errors) {
    return errors.stream()
        .sorted(
            Comparator.comparingInt(StoryError::wrongPairs)
                .reversed()
                .thenComparing(StoryError::label))
        .limit(examples)
        .toList();
  }

  private static Map<String, List<String>> partition(
      List<String> ids, java.util.function.Function<String, String> label) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    for (String id : ids) {
      parts.computeIfAbsent(label.apply(id), k -> new ArrayList<>()).add(id);
    }
    return parts;
  }

  private static StoryError error(
      String label, int size, Map<String, List<String>> parts, Map<String, Article> byId) {
    int right = 0;
    List<StoryError.Part> list = new ArrayList<>();
    for (List<String> ids : parts.values()) {
      right += ids.size() * (ids.size() - 1) / 2;
      list.add(new StoryError.Part(ids, headline(byId.get(ids.get(0)))));
    }
    int wrong = size * (size - 1) / 2 - right;
    return new StoryError(label, wrong, list);
  }

  private static String headline(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    return a.text().isBlank() ? a.id() : a.text().strip().split("\\n")[0];
  }
}
