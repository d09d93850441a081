package dev.crosscheck.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves names within an article or across a story (coreference by surname): a lone surname
 * ("Rubio", "Mr. Comey") stands for the one full name ending with it ("Marco Rubio"), up to
 * spelling variants; a name's kind is the most specific one its mentions show anywhere. Immutable
 * and thread-safe once built.
 */
public final class NameResolver {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Mention> full;
  private final List<Mention> all;

  private NameResolver(List<Mention> full, List<Mention> all) {
    this.full = full;
    this.all = all;
  }

  /** A resolver over the given mentions (of one article or of a whole story). */
  public static NameResolver of(Collection<Mention> mentions) {
    List<Mention> full = new ArrayList<>();
    for (Mention m : mentions) {
      if (SPACES.split(m.name().strip()).length >= 2 && m.kind() != EntityKind.ORGANISATION) {
        full.add(m);
      }
    }
    return new NameResolver(List.copyOf(full), List.copyOf(mentions));
  }

  /**
   * The fullest form of {@code name}: the full name it is the surname of when there is exactly one
   * (spelling variants count as one), else the name itself.
   */
  public String resolve(String name) {
    if (SPACES.split(name.strip()).length >= 2) {
      return name;
    }
    String found = null;
    for (Mention m : full) {
      if (NameVariants.sameWord(m.surname(), name)) {
        if (found != null && !NameVariants.same(found, m.name())) {
          return name;
        }
        if (found == null || m.name().length() > found.length()) {
          found = m.name();
        }
      }
    }
    return found == null ? name : found;
  }

  /** The most specific kind any mention of {@code name} (or of its full form) shows. */
  public EntityKind kindOf(String name) {
    String resolved = resolve(name);
    EntityKind kind = EntityKind.NAME;
    for (Mention m : all) {
      if (m.kind() != EntityKind.NAME
          && (NameVariants.same(m.name(), resolved) || NameVariants.same(m.name(), name))) {
        if (kind == EntityKind.NAME || m.kind() == EntityKind.PERSON) {
          kind = m.kind();
        }
      }
    }
    return kind;
  }
}
