package dev.crosscheck.eval.lineage;

import dev.crosscheck.model.Role;
import java.util.Locale;
import java.util.Set;

/** A known way of deriving an article from a source, and the roles a correct lineage may give. */
public enum Transformation {
  VERBATIM(Set.of(Role.COPY)),
  SENTENCE_DROPS(Set.of(Role.COPY, Role.REWRITE)),
  REORDERING(Set.of(Role.COPY, Role.REWRITE)),
  SYNONYM_SPINNING(Set.of(Role.REWRITE)),
  PADDING(Set.of(Role.PADDED)),
  CHANGED_FACTS(Set.of(Role.COPY, Role.REWRITE)),
  REFORMULATION(Set.of(Role.REWRITE)),
  /** Changed facts, then machine reformulation of every sentence. */
  REFORMULATED_FACTS(Set.of(Role.REWRITE));

  private final Set<Role> accepted;

  Transformation(Set<Role> accepted) {
    this.accepted = accepted;
  }

  /** The roles a correct lineage may give an article derived this way. */
  public Set<Role> accepted() {
    return accepted;
  }

  /** The name printed in tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
