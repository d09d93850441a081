package dev.crosscheck.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded corpus of plain-text articles about several events: each event has a base report, and
 * its articles copy, edit or rewrite it (some sentences replaced, numbers changed), so that they
 * cluster into stories with lineage, claims and contradictions.
 */
final class NewsEvents {
  static final String[] PLACES = {
    "Velmora", "Ostrakand", "Brisenhal", "Querdon", "Talvik", "Marrowgate", "Elsbury", "Dunkerra"
  };
  static final String[] PEOPLE = {
    "Anna Kowalczyk",
    "Tomas Bergqvist",
    "Leila Haddad",
    "Rui Fontaine",
    "Mira Oyelaran",
    "Piet Vandermeer",
    "Sanna Lindholm",
    "Omar Castellanos"
  };
  static final String[] THINGS = {
    "barge explosion", "bridge collapse", "factory fire", "train derailment",
    "flood warning", "stadium roof failure", "chemical leak", "power outage"
  };
  static final String[] VERBS = {
    "said", "confirmed", "told reporters", "announced", "warned", "added"
  };

  /** Words of the events' sentences: each event draws from a slice of its own. */
  static final String[] WORDS =
      ("council residents officials police workers district morning emergency crews families"
              + " homes inquiry investigation budget repairs damage road schools hospital"
              + " evacuated injured witnesses spokesperson harbour tanker cargo dockworkers"
              + " pipeline valve engineers inspectors viaduct girders commuters detour"
              + " warehouse sprinklers firefighters smoke locomotive carriages signals"
              + " passengers riverbank sandbags levee rainfall grandstand spectators"
              + " ticketholders beams ammonia solvent plant fumes substation blackout"
              + " generators transformers")
          .split(" ");

  /** Distinct words each event draws its sentences from. */
  static final int WORDS_PER_EVENT = 8;

  private NewsEvents() {}

  /** Writes {@code events} events' articles as {@code .txt} files into {@code dir}. */
  static List<Path> write(Path dir, int events, Random random) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      String place = PLACES[e % PLACES.length] + (e >= PLACES.length ? "ton" : "");
      String person = PEOPLE[e % PEOPLE.length];
      String thing = THINGS[e % THINGS.length];
      List<String> base = new ArrayList<>();
      for (int s = 0; s < 7; s++) {
        base.add(sentence(e, place, person, thing, random));
      }
      int articles = 1 + random.nextInt(5);
      for (int a = 0; a < articles; a++) {
        StringBuilder text = new StringBuilder();
        text.append(capital(thing)).append(" in ").append(place);
        text.append(a == 0 ? " leaves dozens hurt" : " update " + a).append("\n\n");
        for (String s : base) {
          int roll = random.nextInt(6);
          text.append(
                  a > 0 && roll == 0
                      ? sentence(e, place, person, thing, random)
                      : a > 0 && roll == 1
                          ? s.replaceAll("\\d+", "" + (3 + random.nextInt(90)))
                          : s)
              .append(' ');
        }
        text.append("\n\n").append(sentence(e, place, person, thing, random)).append('\n');
        Path file = dir.resolve(String.format(Locale.ROOT, "e%02d-a%d.txt", e, a));
        Files.writeString(file, text.toString());
        files.add(file);
      }
    }
    return files;
  }

  private static String sentence(
      int event, String place, String person, String thing, Random random) {
    StringBuilder s = new StringBuilder();
    s.append(person).append(' ').append(VERBS[random.nextInt(VERBS.length)]).append(" that ");
    int length = 6 + random.nextInt(8);
    for (int i = 0; i < length; i++) {
      int word = (event * WORDS_PER_EVENT + random.nextInt(WORDS_PER_EVENT)) % WORDS.length;
      s.append(WORDS[word]).append(' ');
    }
    s.append(random.nextInt(3) == 0 ? "in " + place : "after the " + thing);
    s.append(" with ").append(2 + random.nextInt(60)).append(" people affected.");
    return s.toString();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
