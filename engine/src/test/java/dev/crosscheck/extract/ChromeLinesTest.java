package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "World",
        "POLITICS",
        "Live Tv",
        "Newsletter",
        "Leave a Reply",
        "Leave A Comment",
        "Related Posts",
        "Subscribe to our newsletter to stay.",
        "Share this:",
        "Follow us on Twitter",
        "Advertisement",
        "Read more: How it began",
        "Click here to join",
        "© 2025 The Daily Gazette",
        "Copyright 2024 Example Media",
        "Home",
        "The Gazette. All rights reserved.",
        "We use cookies to improve your experience on our site. By continuing you agree.",
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Lesen Sie auch: Der Hafen wird gebaut",
        "Czytaj też: Nowy port",
        "Le puede interesar",
        "Über den Autor",
        "Alle Rechte vorbehalten.",
        "Weitere aktuelle Themen aus der Arbeitswelt",
        "Gefällt mir Wird geladen …"
      })
  void chrome(String line) {
    assertThat(ChromeLines.isChrome(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Stay tuned for further updates as these critical discussions unfold.",
        "Key Takeaways",
        "Background of the Talks",
        "Conclusion and Implications",
        "Russia and the US Confirm Ukraine Talks in Saudi Arabia",
        "Advertisement spending rose by ten percent last year.",
        "Copyright lawsuits against the company have multiplied.",
        "",
        "The world watches closely, hopeful for a resolution that brings stability.",
        "Weitere Artikel der Serie erscheinen in den kommenden Wochen in unserer Zeitung, wie"
            + " die Redaktion am Montag mitteilte.",
        "Kontakt zu den Behörden hatte der Mann nicht."
      })
  void notChrome(String line) {
    assertThat(ChromeLines.isChrome(line)).isFalse();
  }

  @Test
  void turkishLocaleDoesNotBreakMatchingOfCapitalI() {
    assertThat(ChromeLines.isChrome("LIVE TV")).isTrue();
    assertThat(ChromeLines.isChrome("CLICK HERE")).isTrue();
  }

  @Test
  void nullAndSeededRandomLinesNeverThrow() {
    assertThat(ChromeLines.isChrome(null)).isFalse();
    Random random = new Random(3L);
    for (int i = 0; i < 500; i++) {
      StringBuilder line = new StringBuilder();
      for (int j = random.nextInt(40); j > 0; j--) {
        line.append((char) (' ' + random.nextInt(200)));
      }
      ChromeLines.isChrome(line.toString());
    }
  }

  @Test
  void normalizeCollapsesSpacesTrimsBulletsAndLowerCases() {
    assertThat(ChromeLines.normalize(" » |  Read\u00a0\u00a0More\t about it …: "))
        .isEqualTo("read more about it");
    assertThat(ChromeLines.normalize("- -")).isEmpty();
    assertThat(ChromeLines.normalize("")).isEmpty();
  }

  /** The loop does what the regular expressions it replaced did, on seeded random lines. */
  @Test
  void normalizeMatchesRegularExpressionsOnSeededRandomLines() {
    Random random = new Random(7L);
    String alphabet = "ab C \u00a0\t\n•·|>»›:.…!-";
    for (int i = 0; i < 2000; i++) {
      StringBuilder line = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected =
          line.toString()
              .replace('\u00a0', ' ')
              .replaceAll("\\s+", " ")
              .replaceAll("^[\\s•·|>»-]+|[\\s:.…!|»›>-]+$", "")
              .toLowerCase(java.util.Locale.ROOT);
      assertThat(ChromeLines.normalize(line.toString())).as("line %s", line).isEqualTo(expected);
    }
  }
}
