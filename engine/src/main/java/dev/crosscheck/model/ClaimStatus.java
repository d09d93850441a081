package dev.crosscheck.model;

/** How well a claim stands. */
public enum ClaimStatus {
  /** Carried by two or more independent lineage groups, with no conflicting variant. */
  CORROBORATED("corroborated"),
  /** Carried by one lineage group only. */
  SINGLE_SOURCE("single-source"),
  /** Some article states a variant that disagrees (a changed number, date, title or quote). */
  CONTRADICTED("contradicted");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  /** The name used in JSON output. */
  public String label() {
    return label;
  }
}
