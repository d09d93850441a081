package dev.crosscheck.claims;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable slots of one sentence: figures, days, role modifiers, negation and quoted words.
 *
 * @param numbers figures, normalized ("fourteen" and "14" are both {@code 14})
 * @param days weekdays and dates, relative days ("tomorrow") resolved against the publication day
 *     when it is known and left out otherwise
 * @param modifiers role modifiers ("former", "acting", "deputy", ...) present
 * @param negated whether the sentence carries a negation
 * @param quotes the quoted passages' tokens, in order
 * @param places the places named, in their fullest form across the story
 * @param speaker who the sentence attributes its content to, in the fullest form across the story,
 *     or null when it names no one
 * @param names every name in the sentence (people, organisations, places), in their fullest form
 * @param units each figure's unit (the word after it: "people" in "14 people") with the figures
 *     given in it
 * @param personRoles each titled person (fullest form) with the title's modifiers and role words
 * @param modifierHeads each role modifier with the words it stands before ("former" before
 *     "harbour" in "former Harbour Minister")
 * @param words the sentence's tokens
 */
record Facts(
    Set<String> numbers,
    Set<String> days,
    Set<String> modifiers,
    boolean negated,
    List<List<String>> quotes,
    Set<String> places,
    String speaker,
    Set<String> names,
    Map<String, Set<String>> units,
    Map<String, Title> personRoles,
    Map<String, Set<String>> modifierHeads,
    Set<String> words) {

  /**
   * A person's title as a sentence gives it.
   *
   * @param modifiers its role modifiers ("former")
   * @param roles its role words ("envoy", "minister")
   */
  record Title(Set<String> modifiers, Set<String> roles) {}

  /** These facts with the names, places, speaker and titled people found by entity recognition. */
  Facts withEntities(
      Set<String> names, Set<String> places, String speaker, Map<String, Title> personRoles) {
    return new Facts(
        numbers,
        days,
        modifiers,
        negated,
        quotes,
        Set.copyOf(places),
        speaker,
        Set.copyOf(names),
        units,
        Map.copyOf(personRoles),
        modifierHeads,
        words);
  }

  /** The role modifiers a title carries ("former" in "former envoy", "ex-minister"). */
  static Set<String> modifiersOf(String title) {
    Set<String> found = new LinkedHashSet<>();
    for (String word : NOT_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
      String meaning = MODIFIERS.get(word);
      if (meaning != null) {
        found.add(meaning);
      }
    }
    return found;
  }

  private static final Map<String, String> NUMBER_WORDS = numberWords();

  /** Runs of non-letters, where titles split into words; compiled once, titles are many. */
  static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Each modifier with the word it means: "previous envoy" and "ex-envoy" say "former envoy".
  private static final Map<String, String> MODIFIERS =
      Map.of(
          "former", "former",
          "previous", "former",
          "ex", "former",
          "acting", "acting",
          "interim", "acting",
          "deputy", "deputy",
          "outgoing", "outgoing");

  // A modifier counts only before a role: a capitalized title or name ("former Harbour Minister",
  // "former Russia-Ukraine envoy") or a role noun; "its previous closure" changes no one's role.
  private static final Pattern ROLE_MODIFIER =
      Pattern.compile(
          "\\b([Ff]ormer|[Pp]revious|[Ee]x|[Aa]cting|[Ii]nterim|[Dd]eputy|[Oo]utgoing)[\\s-]+"
              + "(?:\\p{Lu}|(?:envoy|minister"
              + "|president|secretary|director|adviser|advisor|official|ambassador|chair|chairman"
              + "|chairwoman|chief|head|leader|spokesman|spokeswoman|spokesperson|governor|senator"
              + "|mayor|commander|coach|manager|ceo|chancellor|premier|judge|prime)\\b)");

  private static final Pattern HEAD = Pattern.compile("[\\s-]+(\\p{L}+)");

  // Display names are looked up per token: computed once.
  private static final List<String> WEEKDAYS =
      Arrays.stream(DayOfWeek.values())
          .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
          .toList();

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none");
  private static final Pattern QUOTED = Pattern.compile("[\"“„«]([^\"“”„«»]{3,})[\"”»]");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(january|february|march|april|may|june|july|august|september|october|november"
              + "|december)\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(january|february|march|april|may"
              + "|june|july|august|september|october|november|december)\\b");

  /** The facts of a sentence from its text and tokens, given the article's publication day. */
  static Facts of(String text, List<String> tokens, Optional<LocalDate> published) {
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> days = new LinkedHashSet<>();
    Set<String> modifiers = new LinkedHashSet<>();
    boolean negated = hasContractedNot(text);
    List<String[]> measured = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (Character.isDigit(token.charAt(0))) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        String value = figure(token, next);
        numbers.add(value);
        int u = SCALES.containsKey(next) ? i + 2 : i + 1;
        if (u < tokens.size() && Character.isLetter(tokens.get(u).charAt(0))) {
          measured.add(new String[] {tokens.get(u), value});
        }
      } else if (NUMBER_WORDS.containsKey(token)) {
        String value = NUMBER_WORDS.get(token);
        numbers.add(value);
        if (i + 1 < tokens.size() && Character.isLetter(tokens.get(i + 1).charAt(0))) {
          measured.add(new String[] {tokens.get(i + 1), value});
        }
      }
      negated |= NEGATIONS.contains(token);
      day(token, published).ifPresent(days::add);
    }
    Matcher role = ROLE_MODIFIER.matcher(text);
    Map<String, Set<String>> heads = new HashMap<>();
    boolean modifiable = mayHaveModifier(text);
    while (modifiable && role.find()) {
      String meaning = MODIFIERS.get(role.group(1).toLowerCase(Locale.ROOT));
      modifiers.add(meaning);
      Matcher head = HEAD.matcher(text).region(role.end(1), text.length());
      if (head.lookingAt()) {
        heads
            .computeIfAbsent(meaning, m -> new LinkedHashSet<>())
            .add(head.group(1).toLowerCase(Locale.ROOT));
      }
    }
    Matcher date = MONTH_DAY.matcher(hasDigit(text) ? text.toLowerCase(Locale.ROOT) : "");
    while (date.find()) {
      String month = date.group(1) != null ? date.group(1) : date.group(4);
      String day = date.group(2) != null ? date.group(2) : date.group(3);
      days.add(month + " " + Integer.parseInt(day));
      weekdayOf(month, Integer.parseInt(day), published).ifPresent(days::add);
      numbers.remove(day);
    }
    Map<String, Set<String>> units = new HashMap<>();
    for (String[] m : measured) {
      if (numbers.contains(m[1])) {
        units.computeIfAbsent(m[0], u -> new LinkedHashSet<>()).add(m[1]);
      }
    }
    return new Facts(
        numbers,
        days,
        modifiers,
        negated,
        quotes(text),
        Set.of(),
        null,
        Set.of(),
        Map.copyOf(units),
        Map.of(),
        Map.copyOf(heads),
        Set.copyOf(tokens));
  }

  /** Scale words after a figure: "1.8 billion" is 1800000000. */
  private static final Map<String, BigDecimal> SCALES =
      Map.of(
          "thousand", BigDecimal.valueOf(1_000),
          "million", BigDecimal.valueOf(1_000_000),
          "billion", BigDecimal.valueOf(1_000_000_000),
          "trillion", BigDecimal.valueOf(1_000_000_000_000L));

  /** A figure token as a plain number, scaled by the word after it ("1.5 million", "2,300"). */
  private static String figure(String token, String next) {
    BigDecimal value;
    try {
      value = new BigDecimal(token);
    } catch (NumberFormatException e) {
      return token;
    }
    BigDecimal scale = SCALES.get(next);
    if (scale != null) {
      value = value.multiply(scale);
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * The weekday of a month and day in the publication year, so that "on Tuesday" and "on March 4"
   * can be compared; nothing when the year is unknown or the day does not exist.
   */
  private static Optional<String> weekdayOf(String month, int day, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    try {
      Month m = Month.valueOf(month.toUpperCase(Locale.ROOT));
      LocalDate date = LocalDate.of(published.get().getYear(), m, day);
      return Optional.of(weekday(date.getDayOfWeek()));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> day(String token, Optional<LocalDate> published) {
    if (WEEKDAYS.contains(token)) {
      return Optional.of(token);
    }
    int offset =
        switch (token) {
          case "today", "tonight" -> 0;
          case "tomorrow" -> 1;
          case "yesterday" -> -1;
          default -> Integer.MIN_VALUE;
        };
    if (offset == Integer.MIN_VALUE || published.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(weekday(published.get().plusDays(offset).getDayOfWeek()));
  }

  /** The lower-case English name of {@code day} ("monday"). */
  private static String weekday(DayOfWeek day) {
    return WEEKDAYS.get(day.ordinal());
  }

  /*
   * What every match of a pattern holds, checked first: the patterns ran on every clause of every
   * article of a story, and most clauses hold none of it.
   */

  /** Whether "n't" is written, in any case (what the lower-cased text would contain). */
  private static boolean hasContractedNot(String text) {
    for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
      if (i > 0
          && i + 1 < text.length()
          && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
          && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link #ROLE_MODIFIER} may be written: its letters after the first. */
  private static boolean mayHaveModifier(String text) {
    for (String rest : MODIFIER_ENDINGS) {
      if (text.contains(rest)) {
        return true;
      }
    }
    // "ex" before a blank or hyphen.
    for (int i = text.indexOf('x'); i >= 0; i = text.indexOf('x', i + 1)) {
      if (i + 1 < text.length() && " \t\n\u000B\f\r-".indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String[] MODIFIER_ENDINGS = {
    "ormer", "revious", "cting", "nterim", "eputy", "utgoing"
  };

  /** Whether {@code text} has an ASCII digit: {@link #MONTH_DAY} needs one. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static List<List<String>> quotes(String text) {
    List<List<String>> quotes = new ArrayList<>();
    if (!hasAny(text, "\"“„«")) {
      return quotes;
    }
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>();
      String quoted =
          m.group(1).toLowerCase(Locale.ROOT).replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "");
      for (String w : NOT_LETTERS_OR_DIGITS.split(quoted)) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (words.size() >= 3) {
        quotes.add(words);
      }
    }
    return quotes;
  }

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> numberWords() {
    String[] words = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], Integer.toString(i));
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      map.put(tens[i], Integer.toString(30 + 10 * i));
    }
    // "one" is as often a pronoun as a figure ("one of the ..."): not counted.
    map.remove("one");
    return Map.copyOf(map);
  }
}
