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
}
