package dev.crosscheck.claims;

import dev.crosscheck.entities.EntityKind;
import dev.crosscheck.entities.EntityRecognizer;
import dev.crosscheck.entities.Mention;
import dev.crosscheck.entities.NameResolver;
import dev.crosscheck.entities.SpeakerFinder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Fills the place and speaker slots of a statement's facts from its recognized names. */
final class EntitySlots {
  private static final Pattern HISTORICAL =
      Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|last|onetime|one-time|longtime)\\b");

  private final NameResolver resolver;
  private final SpeakerFinder speakers = new SpeakerFinder();

  EntitySlots(NameResolver resolver) {
    this.resolver = resolver;
  }

  /** {@code facts} with the places and speaker of {@code text}, names in their fullest form. */
  Facts fill(Facts facts, String text, List<Mention> mentions) {
    Set<String> places = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Mention m : mentions) {
      names.add(resolver.resolve(m.name()));
      if (m.kind() == EntityKind.PLACE || resolver.kindOf(m.name()) == EntityKind.PLACE) {
        places.add(resolver.resolve(m.name()));
      }
    }
    String speaker =
        speakers.speaker(text, mentions).map(m -> resolver.resolve(m.name())).orElse(null);
    Map<String, Facts.Title> personRoles = new HashMap<>();
    for (Mention m : mentions) {
      // "the president's first adviser" describes a past role without saying it ended.
      if (m.kind() == EntityKind.PERSON
          && m.title() != null
          && !HISTORICAL.matcher(m.title()).find()) {
        personRoles.put(
            resolver.resolve(m.name()),
            new Facts.Title(Facts.modifiersOf(m.title()), roleWords(m.title())));
      }
    }
    return facts.withEntities(names, places, speaker, personRoles);
  }

  private static Set<String> roleWords(String title) {
    Set<String> roles = new HashSet<>();
    for (String w : Facts.NOT_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
      if (EntityRecognizer.isRoleWord(w)) {
        roles.add(w);
      }
    }
    return roles;
  }
}
