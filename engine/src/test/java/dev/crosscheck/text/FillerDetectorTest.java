package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
  void whatSomethingSignifiesWhateverItsSubject() {
    // Seen on real SEO and content-farm pages (../shared/seeds 002 and 004).
    assertThat(
            filler(
                "The US and Russia meeting in Riyadh signals a significant development in the"
                    + " ongoing conflict in Ukraine."))
        .isTrue();
    assertThat(
            filler(
                "Reports from Reuters and Press TV highlight the broader implications of these"
                    + " meetings."))
        .isTrue();
    assertThat(
            filler(
                "The recent diplomatic efforts in Saudi Arabia mark a pivotal moment in addressing"
                    + " global security concerns."))
        .isTrue();
    // A figure makes it a finding.
    assertThat(filler("The 2024 census marks a pivotal moment: 1.2 million more residents."))
        .isFalse();
  }

  @Test
  void wordsToTheReaderAndVagueGoals() {
    assertThat(
            filler(
                "Follow the latest developments in this escalating international crisis by"
                    + " subscribing to Archynetys."))
        .isTrue();
    assertThat(filler("As the discussions unfold, it will be crucial to monitor Europe.")).isTrue();
    assertThat(filler("- This diplomatic effort aims to find a lasting solution to the crisis."))
        .isTrue();
    assertThat(filler("This approach ensures a balanced dialogue.")).isTrue();
    // A vague goal next to a name is a reported aim, not padding.
    assertThat(filler("Zelensky said he wanted a lasting peace for Ukraine.")).isFalse();
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

  /** The detector before its word checks: every pattern tried on every sentence. */
  private static boolean fillerByPatternsAlone(String sentence, List<String> tokens) {
    sentence = FillerDetector.BULLET.matcher(sentence.strip()).replaceFirst("");
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || sentence.matches("(?s).*[\"“”«»„].*")) {
      return false;
    }
    if (FillerDetector.COMMENTARY.matcher(lower).find()
        || FillerDetector.STOCK.matcher(lower).find()) {
      return true;
    }
    boolean figure = tokens.stream().anyMatch(t -> Character.isDigit(t.charAt(0)));
    if ((FillerDetector.SIGNIFICANCE.matcher(lower).find()
            || FillerDetector.CALL_TO_ACTION.matcher(lower).find())
        && !figure) {
      return true;
    }
    return (FillerDetector.EVALUATIVE.matcher(lower).find()
            || FillerDetector.VAGUE.matcher(lower).find())
        && !FillerDetector.hasAnchor(sentence, tokens);
  }

  @Test
  void wordChecksChangeNoVerdict() {
    String[] words = {
      "This",
      "these",
      "the move",
      "Its",
      "underscores",
      "highlights the",
      "points to",
      "is a",
      "stark",
      "reminder",
      "stay",
      "tuned",
      "the world",
      "watches",
      "is watching",
      "closely",
      "only time will tell",
      "remains to be seen",
      "in a",
      "shocking",
      "significant",
      "move",
      "turn of events",
      "As",
      "as",
      "the situation",
      "negotiations",
      "unfold",
      "progresses",
      "it is",
      "worth noting",
      "important to note",
      "in conclusion",
      "in today's",
      "fast-paced",
      "cannot be overstated",
      "our thoughts",
      "go out",
      "what comes next",
      "the road to recovery",
      "paying close attention",
      "marks",
      "a",
      "pivotal",
      "moment",
      "signals",
      "key development",
      "importance",
      "of",
      "subscribe to",
      "share your thoughts",
      "feel free to",
      "sign up for",
      "follow us",
      "story",
      "develops",
      "crucial",
      "hopeful",
      "shaping the future",
      "pave the way",
      "is key",
      "more than ever",
      "moments like these",
      "deserves recognition",
      "sobering",
      "lasting",
      "peace",
      "constructive dialogue",
      "balanced approach",
      "pathway",
      "key role",
      "global",
      "trade",
      "relations",
      "stability",
      "Halst",
      "14",
      "officials",
      "said",
      "port",
      "-",
      "•",
      "\"",
      "“quote”",
      ",",
      ".",
      "  ",
      "\n",
      "İstanbul",
      "ÉTÉ",
      "sustainable",
      "durable"
    };
    Random random = new Random(20261121L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        text.append(i == 0 ? "" : random.nextInt(8) == 0 ? "" : " ");
        text.append(words[random.nextInt(words.length)]);
      }
      String sentence = text.toString();
      List<String> tokens = tokenizer.tokenize(sentence);
      assertThat(detector.isFiller(sentence, tokens))
          .as("[%s]", sentence)
          .isEqualTo(fillerByPatternsAlone(sentence, tokens));
    }
  }
}
