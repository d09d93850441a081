package dev.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The resolver against the plain scan it replaced (kept here as the baseline): same full forms and
 * kinds for every name, on a canned story, seeded random mentions full of spelling variants, and no
 * mentions at all.
 */
class NameResolverTest {
  private static final String[] FIRST = {"Marco", "Mario", "Sergei", "Sergey", "Ana", "Anna", ""};
  private static final String[] LAST = {
    "Rubio", "Lavrov", "Lavrow", "Zelensky", "Zelenskyy", "Zelenskiy", "Kerry", "Riyadh", "Rubeo"
  };

  @Test
  void cannedStoryResolvesSurnamesAndKinds() {
    List<Mention> mentions =
        List.of(
            new Mention("Marco Rubio", EntityKind.PERSON, "Secretary of State", 0, 11),
            new Mention("Sergey Lavrov", EntityKind.NAME, null, 0, 13),
            new Mention("Sergei Lavrov", EntityKind.PERSON, null, 0, 13),
            new Mention("Riyadh", EntityKind.PLACE, null, 0, 6),
            new Mention("Rubio", EntityKind.NAME, null, 0, 5));
    NameResolver resolver = NameResolver.of(mentions);
    assertThat(resolver.resolve("Rubio")).isEqualTo("Marco Rubio");
    assertThat(resolver.resolve("Lavrov")).isEqualTo("Sergey Lavrov");
    assertThat(resolver.kindOf("Lavrov")).isEqualTo(EntityKind.PERSON);
    assertThat(resolver.kindOf("Riyadh")).isEqualTo(EntityKind.PLACE);
    assertThat(resolver.kindOf("Kerry")).isEqualTo(EntityKind.NAME);
    assertThatMatchesBaseline(mentions, List.of("Rubio", "Lavrov", "Riyadh", "Kerry", "Rubio"));
  }

  @Test
  void seededRandomMentionsResolveAsThePlainScan() {
    Random random = new Random(20261121L);
    EntityKind[] kinds = EntityKind.values();
    for (int round = 0; round < 300; round++) {
      List<Mention> mentions = new ArrayList<>();
      List<String> asked = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String name = first.isEmpty() ? last : first + " " + last;
        if (random.nextInt(8) == 0) {
          name = name + " Jr.";
        }
        mentions.add(
            new Mention(name, kinds[random.nextInt(kinds.length)], null, 0, name.length()));
        asked.add(name);
        asked.add(last);
      }
      asked.add("Nobody");
      assertThatMatchesBaseline(mentions, asked);
    }
  }

  @Test
  void noMentionsLeaveNamesAsTheyAre() {
    NameResolver resolver = NameResolver.of(List.of());
    assertThat(resolver.resolve("Rubio")).isEqualTo("Rubio");
    assertThat(resolver.resolve("")).isEqualTo("");
    assertThat(resolver.kindOf("Rubio")).isEqualTo(EntityKind.NAME);
  }

  private static void assertThatMatchesBaseline(List<Mention> mentions, List<String> asked) {
    NameResolver resolver = NameResolver.of(mentions);
    for (String name : asked) {
      assertThat(resolver.resolve(name))
          .as("resolve %s in %s", name, mentions)
          .isEqualTo(baselineResolve(mentions, name));
      assertThat(resolver.kindOf(name))
          .as("kindOf %s in %s", name, mentions)
          .isEqualTo(baselineKindOf(mentions, name));
    }
  }

  /** The resolver as first written: a scan of every full name per call. */
  private static String baselineResolve(List<Mention> mentions, String name) {
    if (name.strip().split("\\s+").length >= 2) {
      return name;
    }
    String found = null;
    for (Mention m : mentions) {
      if (m.name().strip().split("\\s+").length < 2 || m.kind() == EntityKind.ORGANISATION) {
        continue;
      }
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

  private static EntityKind baselineKindOf(List<Mention> mentions, String name) {
    String resolved = baselineResolve(mentions, name);
    EntityKind kind = EntityKind.NAME;
    for (Mention m : mentions) {
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
