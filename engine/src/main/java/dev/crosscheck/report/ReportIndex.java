package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A run's articles by id and its stories in report order: most articles first, then the most recent
 * publication day, then id. When two articles share an id the first one wins, so every id has
 * exactly one anchor in the page.
 */
final class ReportIndex {

  private final Map<String, ArticleResult> articles = new LinkedHashMap<>();
  private final Map<String, List<String>> idsByStory = new LinkedHashMap<>();
  private final List<Story> stories;

  ReportIndex(RunResult result) {
    for (ArticleResult a : result.articles()) {
      if (a != null && a.article() != null) {
        articles.putIfAbsent(a.article().id(), a);
      }
    }
    for (ArticleResult a : articles.values()) {
      if (a.story() != null) {
        idsByStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a.article().id());
      }
    }
    List<Story> sorted = new ArrayList<>();
    for (Story s : result.stories()) {
      if (s != null) {
        sorted.add(s);
      }
    }
    sorted.sort(storyOrder());
    stories = Collections.unmodifiableList(sorted);
  }

  /** The stories in report order. */
  List<Story> stories() {
    return stories;
  }

  /** The article with this id, or null when the run has none. */
  ArticleResult article(String id) {
    return id == null ? null : articles.get(id);
  }

  /** Every article of the run, first occurrence of each id, in input order. */
  Iterable<ArticleResult> articles() {
    return articles.values();
  }

  /**
   * The ids a story shows, in order: its listed articles, then any article that names the story
   * without being listed.
   */
  List<String> storyArticleIds(Story story) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : story.articles()) {
      if (id != null) {
        ids.add(id);
      }
    }
    if (story.id() != null) {
      ids.addAll(idsByStory.getOrDefault(story.id(), List.of()));
    }
    return List.copyOf(ids);
  }

  /** The latest publication day among the story's articles, when any is known. */
  Optional<LocalDate> latest(Story story) {
    return story.articles().stream()
        .map(this::article)
        .filter(Objects::nonNull)
        .map(ArticleResult::article)
        .map(Article::publishedDate)
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  private Comparator<Story> storyOrder() {
    Comparator<Optional<LocalDate>> newestFirst =
        (a, b) -> {
          if (a.isPresent() && b.isPresent()) {
            return b.get().compareTo(a.get());
          }
          return Boolean.compare(b.isPresent(), a.isPresent());
        };
    return Comparator.comparingInt((Story s) -> -s.articles().size())
        .thenComparing(this::latest, newestFirst)
        .thenComparing(s -> s.id() == null ? "" : s.id());
  }
}
