package dev.crosscheck.entities;

/** What a name refers to, as far as its context tells. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  PLACE,
  /** A name whose context tells nothing more. */
  NAME
}
