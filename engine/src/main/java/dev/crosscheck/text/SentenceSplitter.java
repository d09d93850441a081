package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a paragraph into sentences with OpenNLP's English model (UD English-EWT), which also does
 * well on other Latin-script languages. Thread-safe: each thread gets its own detector.
 */
public final class SentenceSplitter {
  /** Titles written before a name: a sentence does not end after them. */
  private static final java.util.regex.Pattern TITLE_BEFORE_NAME =
      java.util.regex.Pattern.compile(
          "(?:^|\\s)(?:Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Dr|Mr|Mrs|Ms|Prof"
              + "|Rev|Hon|Atty|Supt|Det|Insp|Pres|Amb|Gov|St|Mt|Ft|Jr|Sr|No|Nos|Vol|Art|Fig)\\.$");

  /** An initialism written with dots ("U.S.", "U.K.", "D.C.") ending a piece. */
  private static final java.util.regex.Pattern DOTTED_INITIALISM =
      java.util.regex.Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");

  /** The first word of a piece: letters, apostrophes and hyphens. */
  private static final java.util.regex.Pattern FIRST_WORD =
      java.util.regex.Pattern.compile("^[\"“‘'(]?(\\p{L}[\\p{L}'’-]*)");

  /** Whether a piece the model split off continues the previous sentence. */
  static boolean continuesSentence(String previous, String piece) {
    int first = piece.codePointAt(0);
    return Character.isLowerCase(first)
        || TITLE_BEFORE_NAME.matcher(previous).find()
        || initialismBeforeName(previous, piece);
  }

  /**
   * Whether the previous piece ends in a dotted initialism and the piece goes on with a capitalized
   * content word ("U.S. | President Donald Trump"): a new sentence after an initialism starts with
   * a function word far more often ("... in the U.S. | The talks"), a name or title continues it.
   */
  private static boolean initialismBeforeName(String previous, String piece) {
    if (!DOTTED_INITIALISM.matcher(previous).find()) {
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
