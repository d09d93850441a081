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
