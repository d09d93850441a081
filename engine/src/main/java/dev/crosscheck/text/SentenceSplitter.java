package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a paragraph into sentences with OpenNLP's English model (UD English-EWT), which also does
 * well on other Latin-script languages. Thread-safe: each thread gets its own detector.
 */
public final class SentenceSplitter {
  /** Titles written before a name (with a dot): a sentence does not end after them. */
  private static final Set<String> TITLES =
      Set.of(
          "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm",
          "Sgt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Hon", "Atty", "Supt", "Det", "Insp",
          "Pres", "Amb", "St", "Mt", "Ft", "Jr", "Sr", "No", "Nos", "Vol", "Art", "Fig");

  /** The first word of a piece: letters, apostrophes and hyphens. */
  private static final java.util.regex.Pattern FIRST_WORD =
      java.util.regex.Pattern.compile("^[\"“‘'(]?(\\p{L}[\\p{L}'’-]*)");

  /** Whether a piece the model split off continues the previous sentence. */
  static boolean continuesSentence(String previous, String piece) {
    int first = piece.codePointAt(0);
    return Character.isLowerCase(first)
        || endsWithTitle(previous)
        || initialismBeforeName(previous, piece);
  }

  /**
   * Whether {@code text} ends in one of {@link #TITLES} and a dot, as a word of its own. Scanned
   * back from the end, not matched with a pattern: a pattern tried at every position of every piece
   * was most of the splitter's cost.
   */
  static boolean endsWithTitle(String text) {
    int dot = endBeforeTerminator(text) - 1;
    if (dot < 0 || text.charAt(dot) != '.') {
      return false;
    }
    int start = dot;
    while (start > 0 && isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    return (start == 0 || isRegexSpace(text.charAt(start - 1)))
        && TITLES.contains(text.substring(start, dot));
  }

  /**
   * Whether {@code text} ends in an initialism written with dots ("U.S.", "U.K.", "D.C."), at its
   * start or after a blank or a parenthesis; scanned back from the end.
   */
  static boolean endsWithInitialism(String text) {
    int end = endBeforeTerminator(text);
    int pairs = 0;
    while (end >= 2 && text.charAt(end - 1) == '.') {
      int letter = text.codePointBefore(end - 1);
      if (Character.getType(letter) != Character.UPPERCASE_LETTER) {
        break;
      }
      end -= 1 + Character.charCount(letter);
      pairs++;
    }
    return pairs >= 2
        && (end == 0 || isRegexSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '(');
  }

  /** Where a regex's {@code $} may match last: before a final line terminator, else the end. */
  private static int endBeforeTerminator(String text) {
    int end = text.length();
    if (text.endsWith("\r\n")) {
      return end - 2;
    }
    if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
      return end - 1;
    }
    return end;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** A blank as a pattern's {@code \s} means it: ASCII only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the previous piece ends in a dotted initialism and the piece goes on with a capitalized
   * content word ("U.S. | President Donald Trump"): a new sentence after an initialism starts with
   * a function word far more often ("... in the U.S. | The talks"), a name or title continues it.
   */
  private static boolean initialismBeforeName(String previous, String piece) {
    if (!endsWithInitialism(previous)) {
      return false;
    }
    java.util.regex.Matcher word = FIRST_WORD.matcher(piece);
    return word.find()
        && Character.isUpperCase(word.group(1).codePointAt(0))
        && !Stopwords.isStopword(word.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));

  /** The sentences of one paragraph, stripped, in order; empty for a blank paragraph. */
  public List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    if (paragraph == null || paragraph.isBlank()) {
      return sentences;
    }
    for (String sentence : detector.get().sentDetect(paragraph)) {
      String stripped = sentence.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (!sentences.isEmpty()
          && continuesSentence(sentences.get(sentences.size() - 1), stripped)) {
        // The model cuts after abbreviations ("9:40 p.m. according to", "Vermont Sen. Bernie
        // Sanders") and after a quote's closing comma ("...the port,” Halst said."): a sentence
        // never starts in lower case, nor right after a title.
        int last = sentences.size() - 1;
        sentences.set(last, sentences.get(last) + " " + stripped);
      } else {
        sentences.add(stripped);
      }
    }
    return sentences;
  }
}
