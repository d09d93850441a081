package dev.crosscheck.cluster;

import dev.crosscheck.text.CalendarWords;
import dev.crosscheck.text.Stopwords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named entities the cheap way: runs of capitalized words ("John Kerry", "Port of Velmora"
 * gives "port", "velmora"). There is no NER model; capitalization inside a sentence is the signal,
 * so a sentence's first word counts only when it is not a function word, and a headline written in
 * title case gives no entities at all. Names are normalized to lower case (root locale) without
 * possessive or final dot ("U.S.'s" → "u.s"). Thread-safe.
 */
public final class EntityFinder {
  /** Share of long title words written with a capital from which a title is in title case. */
  public static final double TITLE_CASE_SHARE = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
  // What ends a sentence in the gap before a word, as a regex ([.!?:;"“”‘(\[\n]) would say it.
  private static final String SENTENCE_GAP_CHARS = ".!?:;\"“”‘([\n";

  private static boolean isCalendarWord(String word) {
    return CalendarWords.WEEKDAYS.contains(word) || CalendarWords.MONTHS.contains(word);
  }

  /**
   * The entities of {@code text}: every capitalized word and every run of two or more, normalized,
   * in order of first appearance; empty for null or blank text.
   */
  public Set<String> find(String text) {
    Set<String> entities = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return entities;
    }
    List<Word> words = words(text);
    // A sentence's first word is capitalized anyway: it is a name only if written so elsewhere.
    Set<String> namesInside = new HashSet<>();
    for (Word w : words) {
      if (w.capital() && !w.sentenceStart()) {
        namesInside.add(w.normalized());
      }
    }
    List<String> run = new ArrayList<>();
    for (Word w : words) {
      if (w.sentenceStart() || w.joinsNothing()) {
        flush(run, entities);
      }
      boolean usable =
          w.capital()
              && w.normalized().length() > 1
              && !isCalendarWord(w.normalized())
              && (!w.sentenceStart() || namesInside.contains(w.normalized()));
      if (usable) {
        // "Jong-un" and "Jong Un" are one name.
        for (String part : w.normalized().split("-")) {
          if (!part.isEmpty()) {
            run.add(part);
          }
        }
      } else {
        flush(run, entities);
      }
    }
    flush(run, entities);
    return entities;
  }

  /** A word of the text: normalized, whether capitalized, where it stands. */
  private record Word(
      String normalized, boolean capital, boolean sentenceStart, boolean joinsNothing) {}

  /**
   * The words of {@code text} as {@link #WORD} finds them, with the gap before each judged as a
   * regex of sentence-ending characters would judge it: scanned by hand, because a regex search per
   * word and per gap was the costliest part of clustering features.
   */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int previousEnd = 0;
    boolean previousEndsSentence = true;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int first = text.codePointAt(i);
      if (!isWordStart(first)) {
        i += Character.charCount(first);
        continue;
      }
      int end = i + Character.charCount(first);
      while (end < length) {
        int c = text.codePointAt(end);
        if (!isWordStart(c) && c != '\'' && c != '’' && c != '.' && c != '&' && c != '-') {
          break;
        }
        end += Character.charCount(c);
      }
      String word = text.substring(i, end);
      boolean sentenceStart = previousEndsSentence || endsSentence(text, previousEnd, i);
      words.add(
          new Word(
              normalize(word),
              Character.isUpperCase(first),
              sentenceStart,
              separates(text, previousEnd, i)));
      previousEnd = end;
      previousEndsSentence = word.endsWith(".");
      i = end;
    }
    return words;
  }

  /** Whether a code point may start a word: a letter or a number ({@code [\\p{L}\\p{N}]}). */
  private static boolean isWordStart(int c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /** Whether {@code text[from, to)} holds a character that ends a sentence. */
  private static boolean endsSentence(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (SENTENCE_GAP_CHARS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gap {@code text[from, to)} holds anything but spaces, or a line break. */
  private static boolean separates(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a headline is written in title case ("Trump Slams Kerry Over Iran"), where capitals say
   * nothing about names.
   */
  public static boolean isTitleCase(String title) {
    if (title == null) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    Matcher m = WORD.matcher(title);
    while (m.find()) {
      String word = m.group();
      if (word.length() >= 4) {
        words++;
        if (Character.isUpperCase(word.codePointAt(0))) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals >= TITLE_CASE_SHARE * words;
  }

  private static void flush(List<String> run, Set<String> entities) {
    for (String word : run) {
      if (!Stopwords.isStopword(word)) {
        entities.add(word);
      }
    }
    if (run.size() > 1) {
      entities.add(String.join(" ", run));
    }
    run.clear();
  }

  static String normalize(String word) {
    String w = word;
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    // Inner dots stay: "U.S." becomes "u.s", which no function word ("us") can be mistaken for.
    w = w.replace('’', '\'');
    while (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    while (w.endsWith("-") || w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.toLowerCase(Locale.ROOT);
  }
}
