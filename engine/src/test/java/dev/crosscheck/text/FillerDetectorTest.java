package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FillerDetectorTest {
  private final FillerDetector detector = new FillerDetector();
  private final Tokenizer tokenizer = new Tokenizer();

  private boolean filler(String s) {
    return detector.isFiller(s, tokenizer.tokenize(s));
  }

  @Test
  void padding() {
    assertThat(filler("This meeting underscores the urgency and complexity of the situation."))
        .isTrue();
    assertThat(
            filler(
                "These factors highlight the close relationship between the US and Saudi Arabia."))
        .isTrue();
    assertThat(filler("As negotiations progress, the world watches closely.")).isTrue();
    assertThat(filler("Stay tuned for further updates as these critical discussions unfold."))
        .isTrue();
    assertThat(filler("Transparency is crucial to rebuilding trust in such situations.")).isTrue();
  }

  @Test
  void facts() {
    assertThat(
            filler("A fuel barge exploded at the Port of Velmora on Monday, injuring 14 people."))
        .isFalse();
    assertThat(filler("Starmer said the summit was a crucial moment for Europe.")).isFalse();
    assertThat(filler("\"This underscores what we said,\" Halst told reporters.")).isFalse();
  }

  @Test
  void seededRandomWordsAreNotFiller() {
    Random random = new Random(9);
    for (int i = 0; i < 100; i++) {
      StringBuilder s = new StringBuilder("Word");
      for (int w = 0; w < 12; w++) {
        s.append(" w").append(random.nextInt(1000));
      }
      assertThat(filler(s.append('.').toString())).isFalse();
    }
  }

  @Test
  void empty() {
    assertThat(filler("")).isFalse();
  }
}
