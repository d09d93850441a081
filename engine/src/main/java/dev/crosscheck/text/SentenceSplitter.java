package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a paragraph into sentences with OpenNLP's English model (UD English-EWT), which also does
 * well on other Latin-script languages. Thread-safe: each thread gets its own detector.
 */
public final class SentenceSplitter {
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
      if (!stripped.isEmpty()) {
        sentences.add(stripped);
      }
    }
    return sentences;
  }
}
