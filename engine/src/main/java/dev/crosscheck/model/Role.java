package dev.crosscheck.model;

import java.util.Locale;

/** The place of an article in its story's lineage. */
public enum Role {
  /** The first report of a lineage group, from which others derive. */
  ORIGINAL,
  /** The same text, at most trivially edited. */
  COPY,
  /** Derived from another article, reworded or edited. */
  REWRITE,
  /** Derived from an article in another language. */
  TRANSLATION,
  /** Derived from another article, with added filler or invented context. */
  PADDED,
  /** Its own report: neither derives from nor is derived by another article of the story. */
  INDEPENDENT;

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
