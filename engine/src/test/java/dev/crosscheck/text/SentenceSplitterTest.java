package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void canned() {
    assertThat(splitter.split("The port closed on Monday. Officials said it would reopen soon."))
        .containsExactly("The port closed on Monday.", "Officials said it would reopen soon.");
  }

  @Test
  void initialismBeforeATitleDoesNotEndTheSentence() {
    // Seed 000: the model cut "Previously, U.S. | President Donald Trump had indicated ...".
    String text =
        "However, Keith Kellogg will visit Kyiv this week. Previously, U.S. President Donald Trump"
            + " had indicated that Ukraine would be involved in the negotiations. This parallel"
            + " approach suggests a multi-faceted strategy.";
    assertThat(splitter.split(text))
        .containsExactly(
            "However, Keith Kellogg will visit Kyiv this week.",
            "Previously, U.S. President Donald Trump had indicated that Ukraine would be involved"
                + " in the negotiations.",
            "This parallel approach suggests a multi-faceted strategy.");
  }

  @Test
  void titleBeforeANameDoesNotEndTheSentence() {
    assertThat(splitter.split("Vermont Sen. Bernie Sanders spoke on Tuesday."))
        .containsExactly("Vermont Sen. Bernie Sanders spoke on Tuesday.");
  }

  @Test
  void seededRandomInputKeepsEveryWordInOrder() {
    Random random = new Random(20260302L);
    String[] words = {"U.S.", "President", "the", "Port", "said", "fire.", "Monday.", "It", "a"};
    for (int round = 0; round < 50; round++) {
      List<String> text = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.add(words[random.nextInt(words.length)]);
      }
      String paragraph = String.join(" ", text);
      List<String> sentences = splitter.split(paragraph);
      assertThat(String.join(" ", sentences).split("\\s+")).containsExactlyElementsOf(text);
    }
  }

  @Test
  void emptyInputGivesNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("   ")).isEmpty();
    assertThat(splitter.split(null)).isEmpty();
  }
}
