package dev.crosscheck.server;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run with its stories and articles indexed by id (first occurrence wins). Immutable. */
final class RunView {
  private final RunResult result;
  private final Map<String, ArticleResult> articles = new HashMap<>();
  private final Map<String, Story> stories = new HashMap<>();

  RunView(RunResult result) {
    this.result = result;
    for (ArticleResult a : result.articles()) {
      articles.putIfAbsent(a.article().id(), a);
    }
    for (Story s : result.stories()) {
      stories.putIfAbsent(s.id(), s);
    }
  }

  RunResult result() {
    return result;
  }

  ArticleResult article(String id) {
    return id == null ? null : articles.get(id);
  }

  Story story(String id) {
    return id == null ? null : stories.get(id);
  }

  /** The story's articles (listed ones, then any that name the story), known ones only. */
  List<ArticleResult> articlesOf(Story story) {
    Set<String> ids = new LinkedHashSet<>(story.articles());
    for (ArticleResult a : result.articles()) {
      if (story.id().equals(a.story())) {
        ids.add(a.article().id());
      }
    }
    List<ArticleResult> out = new ArrayList<>();
    for (String id : ids) {
      ArticleResult a = articles.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** A run holding only this story and its articles, for a story page. */
  RunResult only(Story story) {
    return new RunResult(articlesOf(story), List.of(story), List.of());
  }
}
