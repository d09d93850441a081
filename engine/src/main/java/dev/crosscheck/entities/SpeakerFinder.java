package dev.crosscheck.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statement or quote to: the name next to a speech verb ("X
 * said", "said X", "X, a spokesman, said", "X told reporters") or after "according to". Pronouns
 * ("he said") name no one. Thread-safe.
 */
public final class SpeakerFinder {
  /** Most characters of an apposition between a speaker and the verb ("X, a senior aide, said"). */
  public static final int MAX_APPOSITION = 80;

  private static final Pattern APPOSITION =
      Pattern.compile("^\\s*,[^,\"“”]{1," + MAX_APPOSITION + "},");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  private static final Pattern OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
  // Compiled once: every statement of a story asks for its speaker.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING = Pattern.compile("[\\s,\"“”]+$");

  /**
   * The speaker among {@code mentions} of {@code sentence}, as written, if the sentence attributes
   * its content to one.
   */
  public Optional<Mention> speaker(String sentence, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.kind() == EntityKind.PLACE) {
        continue;
      }
      // "Commander Petra Solvang of the Fire Service said": the person speaks, not the service.
      if (i > 0
          && mentions.get(i - 1).kind() == EntityKind.PERSON
          && OF.matcher(sentence.substring(mentions.get(i - 1).end(), m.start())).matches()) {
        if (Titles.SPEECH_VERBS.contains(firstWord(sentence.substring(m.end())))) {
          return Optional.of(mentions.get(i - 1));
        }
      }
      String after = sentence.substring(m.end());
      var apposition = APPOSITION.matcher(after);
      if (apposition.find()) {
        after = after.substring(apposition.end());
      }
      if (Titles.SPEECH_VERBS.contains(firstWord(after))) {
        return Optional.of(m);
      }
      String before = beforeName(sentence.substring(0, m.start()), m);
      String last = lastWords(before, 0);
      if (Titles.SPEECH_VERBS.contains(last) || lastWords(before, 1).equals("according to")) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The text before a name without the title or courtesy title written just before it. */
  private static String beforeName(String before, Mention m) {
    String text = before.stripTrailing();
    if (m.title() != null && text.endsWith(m.title())) {
      text = text.substring(0, text.length() - m.title().length()).stripTrailing();
    }
    // The last word: what splitting at blanks would end with (the text ends in no blank).
    String word = text.substring(wordStart(text, text.length()));
    if (Titles.HONORIFICS.contains(Titles.bare(word))) {
      text = text.substring(0, text.length() - word.length());
    }
    return text;
  }

  /**
   * Where the run of non-blanks (as a pattern's {@code \s} has them) ending at {@code end} starts.
   */
  private static int wordStart(String text, int end) {
    int start = end;
    while (start > 0 && !isBlank(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** A blank as a pattern's {@code \s} means it: ASCII only. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String firstWord(String text) {
    var m = WORD.matcher(text);
    if (!m.find() || !text.substring(0, m.start()).isBlank()) {
      return "";
    }
    return m.group().toLowerCase(Locale.ROOT);
  }

  /**
   * The last {@code extra + 1} words of {@code text}, lower case, if only blanks or commas follow.
   */
  static String lastWords(String text, int extra) {
    if (hasRareTerminator(text)) {
      return lastWordsByPatterns(text, extra);
    }
    // Scanned back from the end: splitting the whole text before a name, for every name of every
    // statement, was most of the cost of finding speakers.
    int end = text.length();
    while (end > 0 && isTrailing(text.charAt(end - 1))) {
      end--;
    }
    String[] words = new String[extra + 1];
    int count = 0;
    while (count <= extra) {
      int start = wordStart(text, end);
      words[count++] = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (start == 0) {
        break;
      }
      end = start;
      while (end > 0 && isBlank(text.charAt(end - 1))) {
        end--;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = count - 1; i >= 0; i--) {
      out.append(i < count - 1 ? " " : "").append(words[i]);
    }
    return out.toString();
  }

  /** What {@link #TRAILING} removes from the end: blanks, commas and double quotes. */
  private static boolean isTrailing(char c) {
    return isBlank(c) || c == ',' || c == '"' || c == '“' || c == '”';
  }

  /**
   * Whether {@code text} has a line terminator a pattern's {@code $} matches before but its {@code
   * \s} does not take: there the scan above would differ from the patterns.
   */
  private static boolean hasRareTerminator(String text) {
    return text.indexOf('\u0085') >= 0
        || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
  }

  /** {@link #lastWords} by the patterns, for text the scan does not cover. */
  static String lastWordsByPatterns(String text, int extra) {
    String trimmed = TRAILING.matcher(text).replaceAll("");
    String[] words = SPACES.split(trimmed);
    if (words.length == 0) {
      return "";
    }
    int from = Math.max(0, words.length - 1 - extra);
    StringBuilder out = new StringBuilder();
    for (int i = from; i < words.length; i++) {
      out.append(i > from ? " " : "").append(words[i].toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
