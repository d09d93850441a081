package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromptLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Never miss the latest news by signing up for our newsletter.",
        "We rely on your support to make local news available to all.",
        "Siguenos en Telegram, Instagram, Facebook y Twitter",
        "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
        "Diskutieren Sie mit uns",
        "Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?",
        "Zapraszamy też do subskrypcji",
        "Möchten Sie den Artikel teilen?"
      })
  void prompt(String line) {
    assertThat(ChromeLines.isChrome(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The company launched a newsletter for investors last year.",
        "Die Stiftung sammelte Spenden für die Opfer des Hochwassers.",
        "Instagram-Star Esmeralda wurde vor Wochen gesehen, berichtete die Polizei am Montag"
            + " in einer langen Mitteilung an die Presse, die viele Details über den Fall"
            + " enthielt.",
        ""
      })
  void notPrompt(String line) {
    assertThat(ChromeLines.isChrome(line)).isFalse();
  }

  @Test
  void seededRandomLinesNeverThrow() {
    Random random = new Random(9L);
    for (int i = 0; i < 500; i++) {
      StringBuilder line = new StringBuilder();
      for (int j = random.nextInt(40); j > 0; j--) {
        line.append("you newsletter sie abonn . ".charAt(random.nextInt(26)));
      }
      String norm = ChromeLines.normalize(line.toString());
      PromptLines.isPrompt(norm, Paragraphs.words(norm));
    }
  }
}
