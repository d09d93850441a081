package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import java.util.Objects;

/**
 * A stored article as a story update needs it: its head, its story and its fingerprint.
 *
 * @param head the article with its text cut to the length asked for
 * @param story the id of the story it is placed in, or null when it has no place yet
 * @param fingerprint its stored fingerprint, or null when none is stored
 */
public record IndexedArticle(Article head, String story, Fingerprint fingerprint) {
  public IndexedArticle {
    Objects.requireNonNull(head, "head");
  }

  public String id() {
    return head.id();
  }
}
