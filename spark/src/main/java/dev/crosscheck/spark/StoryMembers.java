package dev.crosscheck.spark;

import dev.crosscheck.cluster.StorySummary;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One story as the clusterer cut it: its summary's fields (as {@link StorySummary}) and its
 * articles.
 */
record StoryMembers(
    List<String> ids,
    String title,
    LocalDate first,
    LocalDate last,
    List<String> outlets,
    List<String> entities,
    List<ArticleRow> articles)
    implements Serializable {

  static StoryMembers of(StorySummary s, List<ArticleRow> articles) {
    return new StoryMembers(
        List.copyOf(s.articles()),
        s.title(),
        s.first(),
        s.last(),
        List.copyOf(s.outlets()),
        List.copyOf(s.entities()),
        List.copyOf(articles));
  }

  StorySummary summary() {
    return new StorySummary(ids, title, first, last, outlets, entities);
  }
}
