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
  private static final Pattern SENTENCE_GAP = Pattern.compile("[.!?:;\"“”‘(\\[\n]");

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

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = 0;
    boolean previousEndsSentence = true;
    while (m.find()) {
      String gap = text.substring(previousEnd, m.start());
      String word = m.group();
      boolean sentenceStart = previousEndsSentence || SENTENCE_GAP.matcher(gap).find();
      boolean separated = !gap.isBlank() || gap.indexOf('\n') >= 0;
      words.add(
          new Word(
              normalize(word),
              Character.isUpperCase(word.codePointAt(0)),
              sentenceStart,
              separated));
      previousEnd = m.end();
      previousEndsSentence = word.endsWith(".");
    }
    return words;
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
