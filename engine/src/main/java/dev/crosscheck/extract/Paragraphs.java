package dev.crosscheck.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Helpers for the paragraph text extractors emit: normalized whitespace, blank-line joins. */
final class Paragraphs {
  /** The separator between paragraphs in {@code Article.text}. */
  static final String SEPARATOR = "\n\n";

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");

  private Paragraphs() {}

  /** The text with each run of whitespace (including no-break spaces) made one space, stripped. */
  static String normalize(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
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
