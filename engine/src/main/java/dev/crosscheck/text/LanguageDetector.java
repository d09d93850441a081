package dev.crosscheck.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Identifies the language of a text with OpenNLP's 103-language model. Thread-safe: each thread
 * gets its own detector.
 */
public final class LanguageDetector {
  /** Texts shorter than this many letters are too short to identify reliably. */
  public static final int DEFAULT_MIN_LETTERS = 40;

  /**
   * The best language must be this many times as likely as the runner-up: the model's absolute
   * scores are spread over 103 languages and small even when it is sure.
   */
  public static final double DEFAULT_MIN_MARGIN = 2.0;

  /** Only the start of a long text is read: a few paragraphs settle the language. */
  static final int MAX_CHARS = 4000;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  // OpenNLP's own detector is kept for a model the fast scorer does not evaluate exactly.
  private final ThreadLocal<LanguageDetectorME> detector =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(OpenNlpModels.languages()));

  /**
   * The ISO 639-1 code of the text's language ({@code "en"}), or null when the text is too short or
   * the model is unsure.
   */
  public String detect(String text) {
    String sample = sampleOf(text);
    if (sample == null) {
      return null;
    }
    LanguageScorer scorer = OpenNlpModels.languageScorer();
    return scorer == null ? detectWithOpenNlp(sample) : detectWith(scorer, sample);
  }

  /** The start of {@code text} that is read, or null when it has too few letters. */
  private static String sampleOf(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return hasLetters(sample, DEFAULT_MIN_LETTERS) ? sample : null;
  }

  /**
   * Whether {@code text} holds at least {@code least} letters (code points), read only as far as
   * the count needs: most samples reach it in their first line.
   */
  static boolean hasLetters(String text, int least) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < least; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
      }
      i += Character.charCount(cp);
    }
    return letters >= least;
  }

  /** The best language by {@code scorer}, with the same margin rule as below. */
  private static String detectWith(LanguageScorer scorer, String sample) {
    double[] confidence = scorer.probabilities(sample);
    // The first of equal confidences wins, as in OpenNLP's stable sort.
    int best = -1;
    int second = -1;
    for (int i = 0; i < confidence.length; i++) {
      if (best < 0 || confidence[i] > confidence[best]) {
        second = best;
        best = i;
      } else if (second < 0 || confidence[i] > confidence[second]) {
        second = i;
      }
    }
    if (best < 0 || second >= 0 && confidence[best] < DEFAULT_MIN_MARGIN * confidence[second]) {
      return null;
    }
    String code = scorer.language(best);
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  /**
   * {@link #detect} by OpenNLP's own detector, slower: the reference the fast scorer is tested
   * against.
   */
  String detectWithOpenNlp(String text) {
    String sample = sampleOf(text);
    if (sample == null) {
      return null;
    }
    Language[] ranked = detector.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return null;
    }
    Language best = ranked[0];
    if (ranked.length > 1
        && best.getConfidence() < DEFAULT_MIN_MARGIN * ranked[1].getConfidence()) {
      return null;
    }
    return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
    }
    // The model uses a few macro-language or legacy codes that Locale does not map back.
    map.put("cmn", "zh");
    map.put("zho", "zh");
    map.put("pes", "fa");
    map.put("nno", "nn");
    map.put("nob", "nb");
    map.put("ara", "ar");
    return Map.copyOf(map);
  }
}
