package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractor for plain text: lines become paragraphs, chrome lines are dropped, and a title,
 * byline and date line at the top are taken out of the body. Stateless and thread-safe.
 */
final class PlainTextExtractor {
  /** A title has at most this many words. */
  static final int MAX_TITLE_WORDS = 20;

  /** A byline names at most this many words after "By". */
  static final int MAX_BYLINE_WORDS = 10;

  /** A line stating only a date has at most this many words. */
  static final int MAX_DATE_LINE_WORDS = 8;

  /** How many leading paragraphs may hold the title, byline and date. */
  static final int HEADER_PARAGRAPHS = 6;

  /** Files whose longest line is at most this long are taken as hard-wrapped. */
  static final int MAX_WRAP_WIDTH = 120;

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:written|posted|story|words|reported)\\s+by|by|author)\\s*:?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BULLET = Pattern.compile("^([-*•–]|\\d{1,2}[.)])\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)]$");

  /** Extracts title, byline, date and body from plain text. */
  Extraction extract(String content) {
    List<String> paragraphs = paragraphs(content);
    String title = null;
    String byline = null;
    String published = null;
    boolean titleDecided = false;
    int i = 0;
    while (i < paragraphs.size() && i < HEADER_PARAGRAPHS) {
      String p = paragraphs.get(i);
      String[] found;
      if (byline == null && (found = bylineOf(p)) != null) {
        byline = found[0];
        published = published == null ? found[1] : published;
      } else if (published == null && dateOf(p) != null) {
        published = dateOf(p);
      } else if (!titleDecided && isTitleLike(p) && i + 1 < paragraphs.size()) {
        title = p;
        titleDecided = true;
      } else {
        break;
      }
      paragraphs.remove(i);
    }
    return new Extraction(title, byline, published, null, null, Paragraphs.join(paragraphs));
  }

  /** The paragraphs of the text, whitespace normalized, chrome lines left out. */
  static List<String> paragraphs(String content) {
    String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    boolean wrapped = isHardWrapped(lines);
    int width = maxLength(lines);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = "";
    for (String raw : lines) {
      String line = Paragraphs.normalize(raw);
      boolean continues =
          wrapped
              && current.length() > 0
              && !line.isEmpty()
              && !BULLET.matcher(line).find()
              && previous.length() >= width * 0.6
              && !SENTENCE_END.matcher(previous).find();
      if (!continues) {
        flush(current, paragraphs);
      }
      // A dateline is chrome in the body but metadata at the top: kept for the header pass.
      if (!line.isEmpty() && (!ChromeLines.isChrome(line) || dateOf(line) != null)) {
        current.append(current.length() > 0 ? " " : "").append(line);
      }
      previous = line;
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static boolean isHardWrapped(String[] lines) {
    int width = maxLength(lines);
    int nonBlank = 0;
    boolean pendingBlank = false;
    boolean blankBetween = false;
    for (String line : lines) {
      if (line.isBlank()) {
        pendingBlank = nonBlank > 0;
      } else {
        blankBetween |= pendingBlank;
        nonBlank++;
      }
    }
    return blankBetween && nonBlank >= 3 && width <= MAX_WRAP_WIDTH;
  }

  private static int maxLength(String[] lines) {
    int max = 0;
    for (String line : lines) {
      max = Math.max(max, line.strip().length());
    }
    return max;
  }

  /** The name and the date (or null) of a byline such as "By Jane Doe | March 3, 2026", or null. */
  static String[] bylineOf(String line) {
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String[] parts = m.group(1).split("\\s*\\|\\s*", 2);
    String name = parts[0].replaceAll("[\\s,;:–-]+$", "").strip();
    int words = Paragraphs.words(name);
    if (words == 0 || words > MAX_BYLINE_WORDS || name.endsWith(".") && words > 3) {
      return null;
    }
    String date = parts.length > 1 ? DateNormalizer.fromLine(parts[1]) : null;
    return new String[] {name, date};
  }

  private static String dateOf(String line) {
    return Paragraphs.words(line) <= MAX_DATE_LINE_WORDS ? DateNormalizer.fromLine(line) : null;
  }

  /** A headline: short, not a sentence ending in a period, at least two words. */
  static boolean isTitleLike(String line) {
    int words = Paragraphs.words(line);
    return words >= 2
        && words <= MAX_TITLE_WORDS
        && !line.endsWith(".")
        && !BULLET.matcher(line).find();
  }
}
