package dev.crosscheck.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves names within an article or across a story (coreference by surname): a lone surname
 * ("Rubio", "Mr. Comey") stands for the one full name ending with it ("Marco Rubio"), up to
 * spelling variants; a name's kind is the most specific one its mentions show anywhere. Immutable
 * and thread-safe once built.
 *
 * <p>A story's statements ask about the same few names again and again, each against every mention
 * of the story: the words and keys of the mentions are computed once, and each answer is remembered
 * per name (answers depend on the name alone).
 */
public final class NameResolver {
  /**
   * Whether {@code name} has two words or more: a blank ({@code \\s}, ASCII) inside it, as
   * splitting it would find. Checked for every name of every statement.
   */
  private static boolean hasSeveralWords(String name) {
    String stripped = name.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (" \t\n\u000B\f\r".indexOf(stripped.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A full name (two words or more, not an organisation) and the key of its surname. */
  private record Full(String name, String surnameKey) {}

  /** A name some mention gives a kind other than {@link EntityKind#NAME}, with its word keys. */
  private record Kinded(String name, String[] wordKeys, List<EntityKind> kinds) {}

  private final List<Full> full;
  private final List<Kinded> kinded;
  private final Map<String, String> resolved = new ConcurrentHashMap<>();
  private final Map<String, EntityKind> kinds = new ConcurrentHashMap<>();

  private NameResolver(List<Full> full, List<Kinded> kinded) {
    this.full = full;
    this.kinded = kinded;
  }

  /** A resolver over the given mentions (of one article or of a whole story). */
  public static NameResolver of(Collection<Mention> mentions) {
    List<Full> full = new ArrayList<>();
    // Kinds per name in the order first shown: only the first kind and whether any is PERSON count.
    Map<String, Set<EntityKind>> kindsByName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (hasSeveralWords(m.name()) && m.kind() != EntityKind.ORGANISATION) {
        full.add(new Full(m.name(), NameVariants.key(m.surname())));
      }
      if (m.kind() != EntityKind.NAME) {
        kindsByName.computeIfAbsent(m.name(), n -> new LinkedHashSet<>()).add(m.kind());
      }
    }
    List<Kinded> kinded = new ArrayList<>();
    kindsByName.forEach(
        (name, k) -> kinded.add(new Kinded(name, NameVariants.wordKeys(name), List.copyOf(k))));
    return new NameResolver(List.copyOf(full), List.copyOf(kinded));
  }

  /**
   * The fullest form of {@code name}: the full name it is the surname of when there is exactly one
   * (spelling variants count as one), else the name itself.
   */
  public String resolve(String name) {
    if (hasSeveralWords(name)) {
      return name;
    }
    return resolved.computeIfAbsent(name, this::resolveSurname);
  }

  private String resolveSurname(String name) {
    String key = NameVariants.key(name);
    String found = null;
    for (Full m : full) {
      if (NameVariants.sameKey(m.surnameKey(), key)) {
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
    return kinds.computeIfAbsent(name, this::findKind);
  }

  private EntityKind findKind(String name) {
    String[] resolvedKeys = NameVariants.wordKeys(resolve(name));
    String[] nameKeys = NameVariants.wordKeys(name);
    EntityKind kind = EntityKind.NAME;
    for (Kinded m : kinded) {
      if (NameVariants.sameKeys(m.wordKeys(), resolvedKeys)
          || NameVariants.sameKeys(m.wordKeys(), nameKeys)) {
        for (EntityKind k : m.kinds()) {
          if (kind == EntityKind.NAME || k == EntityKind.PERSON) {
            kind = k;
          }
        }
      }
    }
    return kind;
  }
}
