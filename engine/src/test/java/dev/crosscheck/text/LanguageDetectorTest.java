package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void identifiesCommonLanguagesAsIso6391() {
    assertThat(
            detector.detect(
                "The United States and Russia have announced that senior officials will meet in"
                    + " Saudi Arabia this week to discuss the war."))
        .isEqualTo("en");
    assertThat(
            detector.detect(
                "Les États-Unis et la Russie ont annoncé que de hauts responsables se réuniront"
                    + " en Arabie saoudite cette semaine pour discuter de la guerre."))
        .isEqualTo("fr");
    assertThat(
            detector.detect(
                "Die Vereinigten Staaten und Russland haben angekündigt, dass sich hochrangige"
                    + " Vertreter diese Woche in Saudi-Arabien treffen werden."))
        .isEqualTo("de");
  }

  @Test
  void tooShortOrEmptyIsUndetermined() {
    assertThat(detector.detect("Hello")).isNull();
    assertThat(detector.detect("")).isNull();
    assertThat(detector.detect(null)).isNull();
  }
}
