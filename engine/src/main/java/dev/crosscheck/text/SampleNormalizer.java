package dev.crosscheck.text;

import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Normalizes a text before its language is scored exactly as OpenNLP's language detector does
 * (emoji, URL and e-mail, Twitter, number and shrink normalizers, in that order), with the same
 * result. Each normalizer runs a few patterns over the whole text; here a pattern runs only when
 * the text holds what every match of it needs ("://" for a URL, "@" for an address, three equal
 * characters in a row for a repeat), and the patterns simple enough (emoji, digits, runs of blanks,
 * emoticons) are scanned by hand. Most news text holds none of the rare things, and the patterns
 * were a third of the cost of identifying a language. One deliberate difference: code points above
 * U+10FC00 are dropped as emoji are (see {@link #isEmoji}). Thread-safe.
 */
final class SampleNormalizer {
  // OpenNLP's patterns, run as OpenNLP runs them where a text needs them.
  private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+");
  private static final Pattern MAIL =
      Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+");
  private static final Pattern HASH_USER = Pattern.compile("[#@]\\S+");
  private static final Pattern RT = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAUGH =
      Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATED_CHAR =
      Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

  private SampleNormalizer() {}

  /** {@code text} as OpenNLP's five language-detection normalizers leave it. */
  static String normalize(String text) {
    String s = withoutEmoji(text);
    if (s.contains("://")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = MAIL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('#') >= 0 || s.indexOf('@') >= 0) {
      s = HASH_USER.matcher(s).replaceAll(" ");
    }
    if (mayRetweet(s)) {
      s = RT.matcher(s).replaceAll(" ");
    }
    s = withoutFaces(s);
    if (mayLaugh(s)) {
      s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
    }
    s = collapsed(withoutDigits(s));
    if (mayRepeat(s)) {
      s = REPEATED_CHAR.matcher(s).replaceAll("$1$1");
    }
    return s.trim();
  }

  /** OpenNLP's own chain, the reference {@link #normalize} must agree with. */
  static final CharSequenceNormalizer[] OPENNLP = {
    EmojiCharSequenceNormalizer.getInstance(),
    UrlCharSequenceNormalizer.getInstance(),
    TwitterCharSequenceNormalizer.getInstance(),
    NumberCharSequenceNormalizer.getInstance(),
    ShrinkCharSequenceNormalizer.getInstance()
  };

  /**
   * The text with each run of what OpenNLP's emoji pattern {@code
   * [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+} matches replaced by a blank. Java reads that class as the
   * hyphen and the code points from U+D83C to U+10FC00 (the two surrogates in the middle make one
   * code point), not as the emoji planes; what it means is kept, hyphens included, since the model
   * was trained on it (and the code points above it are dropped too, see {@link #isEmoji}).
   */
  private static String withoutEmoji(String s) {
    return runsReplaced(s, SampleNormalizer::isEmoji, 1);
  }

  /**
   * What OpenNLP's emoji pattern matches, and the code points above it (the end of plane 16,
   * private use) too, where this normalizer parts from OpenNLP's: left in, such a character
   * repeated at the end of a text makes Java's case-insensitive back reference in the repeat
   * pattern read past the end (StringIndexOutOfBoundsException, OpenNLP's own normalizer included),
   * and an article must not be rejected for it; the model holds no n-grams of them anyway.
   */
  private static boolean isEmoji(int cp) {
    return cp == '-' || cp >= 0xD83C;
  }

  /** Whether "rt" and a blank or colon occur (any case): what every match of {@link #RT} holds. */
  private static boolean mayRetweet(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      char t = s.charAt(i + 1);
      char after = s.charAt(i + 2);
      if ((c == 'r' || c == 'R') && (t == 't' || t == 'T') && (after == ' ' || after == ':')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each emoticon ({@code [:;x]-?[()dop]}, ASCII case ignored) replaced by a blank,
   * left to right as {@code replaceAll} does.
   */
  private static String withoutFaces(String s) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ':' && c != ';' && c != 'x' && c != 'X') {
        continue;
      }
      int end;
      if (i + 2 < s.length() && s.charAt(i + 1) == '-' && isMouth(s.charAt(i + 2))) {
        end = i + 3;
      } else if (i + 1 < s.length() && isMouth(s.charAt(i + 1))) {
        end = i + 2;
      } else {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean isMouth(char c) {
    return switch (c) {
      case '(', ')', 'd', 'o', 'p', 'D', 'O', 'P' -> true;
      default -> false;
    };
  }

  /**
   * Whether an "h" or "j" is followed by vowels and the same letter again (ASCII case ignored):
   * what every match of {@link #LAUGH} holds.
   */
  private static boolean mayLaugh(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c == 'h' || c == 'j') && isVowel(s.charAt(i + 1))) {
        int j = i + 1;
        while (j < s.length() && isVowel(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && Character.toLowerCase(s.charAt(j)) == c) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }

  /** The text with each run of ASCII digits replaced by one blank, as {@code \d+} does. */
  private static String withoutDigits(String s) {
    return runsReplaced(s, c -> c >= '0' && c <= '9', 1);
  }

  /** The text with each run of two or more blanks ({@code \s}: ASCII) replaced by one space. */
  private static String collapsed(String s) {
    return runsReplaced(s, SampleNormalizer::isBlank, 2);
  }

  /**
   * The text with each run of at least {@code least} code points that are {@code inRun} replaced by
   * one blank, left to right as {@code replaceAll} does; the text itself when there is none.
   */
  private static String runsReplaced(String s, IntPredicate inRun, int least) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); ) {
      int end = i;
      int length = 0;
      while (end < s.length() && inRun.test(s.codePointAt(end))) {
        end += Character.charCount(s.codePointAt(end));
        length++;
      }
      if (length < least) {
        i = end > i ? end : i + Character.charCount(s.codePointAt(i));
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(' ');
      copied = end;
      i = end;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether three characters in a row are equal ignoring case, or the text has a surrogate: what
   * every match of {@link #REPEATED_CHAR} holds (a repeated supplementary character is checked by
   * the pattern itself).
   */
  private static boolean mayRepeat(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (i + 2 < s.length()) {
        char l = Character.toLowerCase(c);
        if (Character.toLowerCase(s.charAt(i + 1)) == l
            && Character.toLowerCase(s.charAt(i + 2)) == l) {
          return true;
        }
      }
    }
    return false;
  }
}
