package dev.crosscheck.eval.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes checkable details of a source article the way careless or dishonest rewrites do: a
 * figure, a weekday, a role ("former"), the wording of a quote, a place and who said something. It
 * writes test data only; its word lists are its own, and the engine knows none of them.
 */
final class FactChanger {
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(,\\d{3})*\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern ROLE =
      Pattern.compile(
          "\\b(Secretary|Director|director|Minister|minister|Senator|Ambassador|ambassador"
              + "|adviser|advisor|Adviser|chairman|Chairman|Attorney General|spokesman|spokeswoman)"
              + "\\b");
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  // Quotation marks paired left to right: the text between two quotes is not a quote.
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"|“([^“”]*)”");

  /** Quotes shorter than this (in characters) are names or scare quotes, left alone. */
  static final int MIN_QUOTE = 20;

  // A gazetteer of the generator's own: countries, capitals, large cities, US states.
  private static final String[] PLACES = {
    "Afghanistan",
    "Australia",
    "Baghdad",
    "Beijing",
    "Berlin",
    "Brazil",
    "Brussels",
    "California",
    "Canada",
    "Chicago",
    "China",
    "Damascus",
    "Egypt",
    "Florida",
    "France",
    "Gaza",
    "Geneva",
    "Germany",
    "Guatemala",
    "Havana",
    "Honduras",
    "India",
    "Iowa",
    "Iran",
    "Iraq",
    "Israel",
    "Istanbul",
    "Italy",
    "Japan",
    "Jerusalem",
    "Jordan",
    "Kabul",
    "Kansas",
    "Kyiv",
    "Lebanon",
    "London",
    "Madrid",
    "Mexico",
    "Michigan",
    "Moscow",
    "Nevada",
    "New York",
    "Ohio",
    "Pakistan",
    "Paris",
    "Poland",
    "Pyongyang",
    "Riyadh",
    "Rome",
    "Russia",
    "Saudi Arabia",
    "Seoul",
    "Singapore",
    "Spain",
    "Syria",
    "Tehran",
    "Texas",
    "Tijuana",
    "Tokyo",
    "Turkey",
    "Ukraine",
    "Venezuela",
    "Vienna",
    "Virginia",
    "Warsaw",
    "Washington"
  };
  private static final Pattern PLACE =
      Pattern.compile("\\b(" + String.join("|", PLACES) + ")\\b(?![\\w-])");
  private static final String NAME = "[A-Z][\\p{L}'’-]+";
  private static final Pattern SPEAKER_AFTER =
      Pattern.compile("\\b(?:said|says) ((?:" + NAME + " ){1,2}" + NAME + ")");
  private static final Pattern SPEAKER_BEFORE =
      Pattern.compile(
          "((?:Mr\\.|Mrs\\.|Ms\\.) "
              + NAME
              + "|"
              + NAME
              + " "
              + NAME
              + ") (?:said|says|told|wrote)\\b");

  private FactChanger() {}

  /**
   * Changes a number, a weekday, a role, a quote, a place and a speaker, each in a different
   * sentence, in place; returns the positions ({paragraph, sentence}) changed.
   */
  static List<int[]> change(List<List<String>> paragraphs, Random random) {
    List<int[]> changed = new ArrayList<>();
    List<String> speakers = speakers(paragraphs);
    List<int[]> slots = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (int s = 0; s < paragraphs.get(p).size(); s++) {
        slots.add(new int[] {p, s});
      }
    }
    Collections.shuffle(slots, random);
    boolean number = false;
    boolean day = false;
    boolean role = false;
    boolean quote = false;
    boolean place = false;
    boolean speaker = false;
    for (int[] slot : slots) {
      String sentence = paragraphs.get(slot[0]).get(slot[1]);
      String result = null;
      if (!number && NUMBER.matcher(sentence).find()) {
        result = replaceFirst(sentence, NUMBER, m -> changeNumber(m, random));
        number = true;
      } else if (!day && WEEKDAY.matcher(sentence).find()) {
        result = replaceFirst(sentence, WEEKDAY, m -> otherDay(m, random));
        day = true;
      } else if (!role && ROLE.matcher(sentence).find() && !sentence.contains("former")) {
        result = replaceFirst(sentence, ROLE, m -> "former " + m);
        role = true;
      } else if (!quote && longQuote(sentence) != null) {
        MatchResult m = longQuote(sentence);
        result =
            sentence.substring(0, m.start())
                + driftQuote(m.group(), random)
                + sentence.substring(m.end());
        quote = true;
      } else if (!place && PLACE.matcher(sentence).find()) {
        result = replaceFirst(sentence, PLACE, m -> otherPlace(m, paragraphs, random));
        place = true;
      } else if (!speaker && speaker(sentence, speakers) != null) {
        String name = speaker(sentence, speakers);
        result = sentence.replace(name, otherSpeaker(name, speakers, random));
        speaker = true;
      }
      if (result != null && !result.equals(sentence)) {
        paragraphs.get(slot[0]).set(slot[1], result);
        changed.add(slot);
      }
    }
    return changed;
  }

  private interface Replacer {
    String replace(String match);
  }

  private static String replaceFirst(String text, Pattern pattern, Replacer replacer) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    return text.substring(0, m.start()) + replacer.replace(m.group()) + text.substring(m.end());
  }

  private static String changeNumber(String number, Random random) {
    long value = Long.parseLong(number.replace(",", ""));
    long changed = value + 1 + random.nextInt(9) + (value >= 20 ? value / 3 : 0);
    return Long.toString(changed);
  }

  private static String otherDay(String day, Random random) {
    String other;
    do {
      other = WEEKDAYS[random.nextInt(WEEKDAYS.length)];
    } while (other.equals(day));
    return other;
  }

  /** Changes the wording inside a quote: drops one word and swaps two neighbours. */
  private static String driftQuote(String quoted, Random random) {
    String open = quoted.substring(0, 1);
    String close = quoted.substring(quoted.length() - 1);
    List<String> words =
        new ArrayList<>(List.of(quoted.substring(1, quoted.length() - 1).split(" ")));
    if (words.size() > 4) {
      words.remove(1 + random.nextInt(words.size() - 2));
      int i = 1 + random.nextInt(words.size() - 2);
      Collections.swap(words, i, i + 1);
    }
    return open + String.join(" ", words) + close;
  }

  /** A place of the gazetteer the article does not name. */
  private static String otherPlace(String place, List<List<String>> paragraphs, Random random) {
    String text = String.join(" ", paragraphs.stream().map(p -> String.join(" ", p)).toList());
    for (int tries = 0; tries < 50; tries++) {
      String other = PLACES[random.nextInt(PLACES.length)];
      if (!other.equals(place) && !text.contains(other)) {
        return other;
      }
    }
    return place;
  }

  /** Who the article quotes by name, each as written. */
  private static List<String> speakers(List<List<String>> paragraphs) {
    Set<String> names = new LinkedHashSet<>();
    for (List<String> p : paragraphs) {
      for (String s : p) {
        for (Pattern pattern : List.of(SPEAKER_AFTER, SPEAKER_BEFORE)) {
          Matcher m = pattern.matcher(s);
          while (m.find()) {
            if (!m.group(1).startsWith("The ") && !PLACE.matcher(m.group(1)).find()) {
              names.add(m.group(1));
            }
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** The named speaker of a sentence, if another speaker with another surname can replace it. */
  private static String speaker(String sentence, List<String> speakers) {
    for (String name : speakers) {
      if (sentence.contains(name)
          && (SPEAKER_AFTER.matcher(sentence).find() || SPEAKER_BEFORE.matcher(sentence).find())
          && speakers.stream().anyMatch(o -> !surname(o).equals(surname(name)))
          && (sentence.contains("said " + name)
              || sentence.contains("says " + name)
              || sentence.matches(
                  "(?s).*" + Pattern.quote(name) + " (said|says|told|wrote)\\b.*"))) {
        return name;
      }
    }
    return null;
  }

  private static String otherSpeaker(String name, List<String> speakers, Random random) {
    List<String> others = speakers.stream().filter(o -> !surname(o).equals(surname(name))).toList();
    return others.get(random.nextInt(others.size()));
  }

  private static String surname(String name) {
    String[] words = name.split(" ");
    return words[words.length - 1];
  }

  static List<String> quotes(String sentence) {
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(sentence);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      if (inner.length() >= MIN_QUOTE) {
        quotes.add(inner);
      }
    }
    return quotes;
  }

  /** The first quote of at least {@link #MIN_QUOTE} characters, or null. */
  private static MatchResult longQuote(String sentence) {
    Matcher m = QUOTE.matcher(sentence);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      if (inner.length() >= MIN_QUOTE) {
        return m.toMatchResult();
      }
    }
    return null;
  }
}
