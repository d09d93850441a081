package dev.crosscheck.similarity;

import java.util.Locale;

/** How two articles relate, from closest to farthest. */
public enum Relation {
  /** The same text. */
  DUPLICATE,
  /** One derives from the other, lightly edited. */
  REWRITE,
  /** One derives from the other, heavily reworded or translated. */
  PARAPHRASE,
  /** Independent reports of one event. */
  SAME_STORY,
  /** Same topic, different events. */
  RELATED,
  /** Nothing in common. */
  UNRELATED;

  /** The name used in JSON output ({@code same-story}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether one article derives from the other. */
  public boolean derived() {
    return this == DUPLICATE || this == REWRITE || this == PARAPHRASE;
  }
}
