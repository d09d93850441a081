package dev.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {
  @Test
  void lastWordsOfACannedText() {
    assertThat(SpeakerFinder.lastWords("the port, according to ", 1)).isEqualTo("according to");
    assertThat(SpeakerFinder.lastWords("The report said, “", 0)).isEqualTo("said");
  }

  @Test
  void lastWordsScanAgreesWithThePatternsOnSeededRandomText() {
    String[] parts = {
      "said",
      "According",
      "to",
      "É",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      ",",
      "\"",
      "“",
      "”",
      "x",
      "\u00A0",
      "\u0085",
      "\u2028",
      "-",
      "Mr."
    };
    Random random = new Random(20261121L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String s = text.toString();
      for (int extra = 0; extra <= 2; extra++) {
        assertThat(SpeakerFinder.lastWords(s, extra))
            .as("[%s] %d", s, extra)
            .isEqualTo(SpeakerFinder.lastWordsByPatterns(s, extra));
      }
    }
  }

  @Test
  void emptyTextHasNoLastWords() {
    assertThat(SpeakerFinder.lastWords("", 1)).isEmpty();
    assertThat(new SpeakerFinder().speaker("", java.util.List.of())).isEmpty();
  }
}
