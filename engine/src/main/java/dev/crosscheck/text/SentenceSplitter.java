package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a paragraph into sentences with OpenNLP's English model (UD English-EWT), which also does
 * well on other Latin-script languages. Thread-safe: each thread gets its own detector.
 */
public final class SentenceSplitter {
  /** Whether a piece the model split off continues the previous sentence. */
  static boolean continuesSentence(String piece) {
    int first = piece.codePointAt(0);
    return Character.isLowerCase(first);
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
      if (!sentences.isEmpty() && continuesSentence(stripped)) {
        // The model cuts after abbreviations ("9:40 p.m. according to") and after a quote's
        // closing comma ("...the port,” Halst said."): a sentence never starts in lower case.
        int last = sentences.size() - 1;
        sentences.set(last, sentences.get(last) + " " + stripped);
      } else {
        sentences.add(stripped);
      }
    }
    return sentences;
  }
}
