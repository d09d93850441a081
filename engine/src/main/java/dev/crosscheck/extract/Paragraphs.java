package dev.crosscheck.extract;

import java.util.List;

/** Helpers for the paragraph text extractors emit: normalized whitespace, blank-line joins. */
final class Paragraphs {
  /** The separator between paragraphs in {@code Article.text}. */
  static final String SEPARATOR = "\n\n";

  /** The soft hyphen, a hyphenation hint a reader never sees mid-line. */
  static final char SOFT_HYPHEN = '\u00ad';

  private Paragraphs() {}

  /** The text with each run of whitespace (including no-break spaces) made one space, stripped. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else if (c == SOFT_HYPHEN) {
        // Invisible unless the line breaks there: the word is one word.
        continue;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a character is whitespace, a no-break space or a zero-width space. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u2007'
        || c == '\u202f'
        || c == '\u200b'
        || Character.isSpaceChar(c);
  }

  /** The paragraphs joined by a blank line, empty ones left out. */
  static String join(List<String> paragraphs) {
    return String.join(SEPARATOR, paragraphs.stream().filter(p -> !p.isEmpty()).toList());
  }

  /** The number of words, counting runs of non-space characters. */
  static int words(String text) {
    String norm = normalize(text);
    return norm.isEmpty() ? 0 : norm.split(" ").length;
  }
}
