package dev.crosscheck.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into normalized word tokens: Unicode NFKC, lower case (root locale), apostrophes and
 * dashes unified, punctuation dropped, digits kept ("6.2", "3,400" stay one token without the
 * thousands separator). Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
 * Myanmar) give one token per character, so that word shingles over them become character shingles
 * and alignment still finds shared units. Rule-based rather than OpenNLP's model: fingerprints must
 * be identical in every language and every version, and this runs on every sentence of every
 * article.
 */
public final class Tokenizer {

  /** The tokens of {@code text}; empty for null or blank text. */
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder token = new StringBuilder();
    int length = normalized.length();
    for (int i = 0; i < length; ) {
      int cp = normalized.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isUnspaced(cp)) {
        flush(token, tokens);
        token.appendCodePoint(cp);
        flush(token, tokens);
      } else if (token.length() == 0 && isMarkAfterUnspaced(cp, tokens)) {
        // Thai vowel and tone marks belong to the character before them.
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + Character.toString(cp));
      } else if (Character.isLetterOrDigit(cp)) {
        token.appendCodePoint(cp);
      } else if (isInnerJoiner(cp, token, normalized, next)) {
        // "U.S." keeps its dots out, "3,400" drops the separator, "6.2" keeps the point.
        if (cp == '.' && Character.isDigit(token.charAt(token.length() - 1))) {
          token.append('.');
        } else if (cp == '\'' || cp == '\u2019') {
          token.append('\'');
        }
      } else {
        flush(token, tokens);
      }
      i = next;
    }
    flush(token, tokens);
    return tokens;
  }

  /** Whether {@code cp} belongs to a script that does not separate words with spaces. */
  static boolean isUnspaced(int cp) {
    if (cp < 0x0E00) {
      return false; // fast path: Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari...
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> Character.isLetter(cp);
      default -> false;
    };
  }

  private static boolean isMarkAfterUnspaced(int cp, List<String> tokens) {
    int type = Character.getType(cp);
    return (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK)
        && !tokens.isEmpty()
        && isUnspaced(tokens.get(tokens.size() - 1).codePointAt(0));
  }

  private static boolean isInnerJoiner(int cp, StringBuilder token, String text, int next) {
    if (token.length() == 0 || next >= text.length()) {
      return false;
    }
    int following = text.codePointAt(next);
    char last = token.charAt(token.length() - 1);
    if (cp == '.' || cp == ',') {
      return Character.isDigit(last) && Character.isDigit(following);
    }
    if (cp == '\'' || cp == '\u2019') {
      return Character.isLetter(last) && Character.isLetter(following);
    }
    return false;
  }

  private static void flush(StringBuilder token, List<String> tokens) {
    int length = token.length();
    // The possessive is not a word of its own: "Ukraine's" and "Ukraine" are one name.
    if (length > 2 && token.charAt(length - 2) == '\'' && token.charAt(length - 1) == 's') {
      token.setLength(length - 2);
    }
    if (token.length() > 0) {
      tokens.add(lowerCased(token));
      token.setLength(0);
    }
  }

  /**
   * {@code token.toString().toLowerCase(Locale.ROOT)}, for an all-ASCII token (most) by changing
   * A-Z in place, the only ASCII characters the root locale lower-cases: one string made instead of
   * two for a capitalized word. Other tokens go through {@code toLowerCase}. May change {@code
   * token}.
   */
  static String lowerCased(StringBuilder token) {
    int length = token.length();
    for (int k = 0; k < length; k++) {
      if (token.charAt(k) >= 0x80) {
        return token.toString().toLowerCase(Locale.ROOT);
      }
    }
    for (int k = 0; k < length; k++) {
      char c = token.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        token.setCharAt(k, (char) (c + ('a' - 'A')));
      }
    }
    return token.toString();
  }
}
