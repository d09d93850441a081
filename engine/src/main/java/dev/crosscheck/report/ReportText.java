package dev.crosscheck.report;

/**
 * Text helpers for the report: makes hostile strings printable and bounds their length. Escaping is
 * not done here; jsoup escapes every text node and attribute when the page is written.
 */
final class ReportText {

  /** Marks text that was cut. */
  static final String ELLIPSIS = "…";

  private ReportText() {}

  /**
   * The text with control characters (other than tab and newline) and unpaired surrogates replaced
   * by U+FFFD, so the page stays valid; null gives the empty string.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = isBadControl(c) || isUnpairedSurrogate(text, i);
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The cleaned text, cut to at most {@code max} characters plus an ellipsis when longer. */
  static String field(String text, int max) {
    String clean = clean(text);
    if (clean.length() <= max) {
      return clean;
    }
    int end = max;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + ELLIPSIS;
  }

  /** {@code "1 article"}, {@code "2 articles"}. */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static boolean isBadControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
