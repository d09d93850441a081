package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

class LanguageScorerTest {
  private static final List<String> TEXTS =
      List.of(
          "The United States and Russia have announced that senior officials will meet in Saudi"
              + " Arabia this week. See https://example.com/a?b=1 or write to desk@example.com!",
          "Les États-Unis et la Russie ont annoncé que de hauts responsables se réuniront en"
              + " Arabie saoudite cette semaine pour discuter de la guerre, hahaha :-)",
          "Die Vereinigten Staaten und Russland haben angekündigt, dass sich hochrangige Vertreter"
              + " diese Woche in Saudi-Arabien treffen werden. #Gipfel @dpa RT: 2025",
          "Estados Unidos y Rusia anunciaron que altos funcionarios se reunirán esta semana en"
              + " Arabia Saudita para hablar de la guerra en Ucrania. ¡Nooooo! 😀😀",
          "Соединённые Штаты и Россия объявили, что высокопоставленные чиновники встретятся на"
              + " этой неделе в Саудовской Аравии.",
          "美国和俄罗斯宣布，高级官员本周将在沙特阿拉伯会面，讨论乌克兰战争问题。",
          "İstanbul'da yapılan toplantıda bakanlar, ŞEHİR için yeni bir plan açıkladı.",
          "");

  private final LanguageScorer scorer = OpenNlpModels.languageScorer();
  private final LanguageDetectorME reference = new LanguageDetectorME(OpenNlpModels.languages());

  @Test
  void theBundledModelIsEvaluatedByTheScorer() {
    assertThat(scorer).isNotNull();
    assertThat(scorer.languages()).isEqualTo(103);
  }

  @Test
  void cannedTextsScoreAsOpenNlpsDetector() {
    TEXTS.forEach(this::assertSameAsOpenNlp);
  }

  @Test
  void seededRandomTextsScoreAsOpenNlpsDetector() {
    Random random = new Random(20261121L);
    String alphabet = "abcdefghijklmnopqrstuvwxyzéüçşığöABCDEFXYZ  .,:;#@-()0123456789ßЖжあ😀";
    for (int n = 0; n < 200; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertSameAsOpenNlp(text.toString());
    }
  }

  @Test
  void detectorAnswersAsWithOpenNlpsDetector() {
    LanguageDetector detector = new LanguageDetector();
    List<String> texts = new ArrayList<>(TEXTS);
    texts.add("Hello");
    for (String text : texts) {
      assertThat(detector.detect(text)).as(text).isEqualTo(detector.detectWithOpenNlp(text));
    }
  }

  @Test
  void probabilitiesAreBitIdenticalToTheModelsMapsSummedInTheSameOrder() {
    Random random = new Random(20261122L);
    String alphabet = "abcdefghijklmnopqrstuvwxyzéüçşığöABCDEFXYZ  .,:;#@-()0123456789ßЖжあ😀";
    List<String> texts = new ArrayList<>(TEXTS);
    for (int n = 0; n < 100; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      double[] fast = scorer.probabilities(text);
      double[] slow = referenceProbabilities(text);
      for (int i = 0; i < fast.length; i++) {
        assertThat(Double.doubleToRawLongBits(fast[i]))
            .as("%s: %s", text, scorer.language(i))
            .isEqualTo(Double.doubleToRawLongBits(slow[i]));
      }
    }
  }

  @Test
  void hasLettersCountsLetterCodePoints() {
    assertThat(LanguageDetector.hasLetters("", 0)).isTrue();
    assertThat(LanguageDetector.hasLetters("", 1)).isFalse();
    assertThat(LanguageDetector.hasLetters("a1 b2 c3", 3)).isTrue();
    assertThat(LanguageDetector.hasLetters("a1 b2 c3", 4)).isFalse();
    assertThat(LanguageDetector.hasLetters("\uD801\uDC00x", 2)).isTrue(); // 𐐀 is one letter
    assertThat(LanguageDetector.hasLetters("\uD801\uDC00x", 3)).isFalse();
  }

  /**
   * The scorer's sums as plainly as they can be written: each distinct 1- to 3-gram (shortest
   * first, then by position) looked up by its string in OpenNLP's own feature map, its weights
   * added to their outcomes in the model's order; the order the scorer must keep.
   */
  private double[] referenceProbabilities(String text) {
    opennlp.tools.ml.maxent.GISModel gis =
        (opennlp.tools.ml.maxent.GISModel) OpenNlpModels.languages().getMaxentModel();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> features =
        (java.util.Map<String, opennlp.tools.ml.model.Context>) gis.getDataStructures()[1];
    String normalized = SampleNormalizer.normalize(text);
    char[] chars = new char[normalized.length()];
    int at = 0;
    for (int i = 0; i < normalized.length(); ) {
      int cp = normalized.codePointAt(i);
      i += Character.charCount(cp);
      at += Character.toChars(Character.toLowerCase(cp), chars, at);
    }
    double[] sums = new double[scorer.languages()];
    java.util.Arrays.fill(sums, StrictMath.log(1.0 / sums.length));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int length = 1; length <= 3; length++) {
      for (int start = 0; start + length <= chars.length; start++) {
        String gram = new String(chars, start, length);
        opennlp.tools.ml.model.Context context = features.get(gram);
        if (context != null && seen.add(gram)) {
          for (int k = 0; k < context.getOutcomes().length; k++) {
            sums[context.getOutcomes()[k]] += context.getParameters()[k];
          }
        }
      }
    }
    double normal = 0;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = StrictMath.exp(sums[i]);
      normal += sums[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= normal;
    }
    return sums;
  }

  private void assertSameAsOpenNlp(String text) {
    double[] fast = scorer.probabilities(text);
    Language[] ranked = reference.predictLanguages(text);
    assertThat(ranked).hasSize(fast.length);
    for (Language language : ranked) {
      int index = indexOf(language.getLang());
      assertThat(fast[index]).as(text).isCloseTo(language.getConfidence(), within(1e-12));
    }
  }

  private int indexOf(String code) {
    for (int i = 0; i < scorer.languages(); i++) {
      if (scorer.language(i).equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no language " + code);
  }
}
