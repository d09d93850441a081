package dev.crosscheck.store;

import java.util.Locale;

/** What became of one input offered to a store. */
public enum IngestStatus {
  /** Stored as a new article. */
  ACCEPTED,
  /** Not stored: the store already holds an article with its id or its content. */
  DUPLICATE,
  /** Not stored: the input could not be read or held no article. */
  REJECTED;

  /** The lower-case name written in the ingest log. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status written as {@code label}; throws for an unknown label. */
  public static IngestStatus of(String label) {
    for (IngestStatus s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "ingest status '" + label + "' is not one of " + java.util.Arrays.toString(values()));
  }
}
