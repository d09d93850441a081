package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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

  /** The patterns the end scans replaced: the scans must agree with them on any text. */
  private static final Pattern TITLE_BEFORE_NAME =
      Pattern.compile(
          "(?:^|\\s)(?:Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Dr|Mr|Mrs|Ms|Prof"
              + "|Rev|Hon|Atty|Supt|Det|Insp|Pres|Amb|Gov|St|Mt|Ft|Jr|Sr|No|Nos|Vol|Art|Fig)\\.$");

  private static final Pattern DOTTED_INITIALISM =
      Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");

  @Test
  void endScansAgreeWithThePatternsTheyReplaced() {
    Random random = new Random(20261121L);
    String[] parts = {
      "Sen",
      "Sens",
      "Gov",
      "Mr",
      "mr",
      "U",
      "S",
      "K",
      "É",
      "\uD835\uDC00",
      "x",
      ".",
      ". ",
      " ",
      "\t",
      "(",
      "\n",
      "\r\n",
      "\r",
      "\u0085",
      "\u2028",
      "\u00A0",
      "-",
      "No",
      "Fig",
      "Dr.",
      "U.S.",
      "a.b."
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(7);
      for (int i = 0; i < n; i++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String s = text.toString();
      assertThat(SentenceSplitter.endsWithTitle(s))
          .as("title: [%s]", s)
          .isEqualTo(TITLE_BEFORE_NAME.matcher(s).find());
      assertThat(SentenceSplitter.endsWithInitialism(s))
          .as("initialism: [%s]", s)
          .isEqualTo(DOTTED_INITIALISM.matcher(s).find());
    }
  }

  @Test
  void emptyInputGivesNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("   ")).isEmpty();
    assertThat(splitter.split(null)).isEmpty();
  }
}
