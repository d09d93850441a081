package dev.crosscheck.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapitalizedMentionFinderTest {
  private final CapitalizedMentionFinder finder = new CapitalizedMentionFinder();

  @Test
  void findsNamesWithTheirRolesAsWritten() {
    List<Mention> mentions =
        finder.find(
            "Tensions between party loyalists and Vermont Sen. Bernie Sanders grew in Nevada. "
                + "Thirty-five percent of presumptive Democratic presidential nominee Joe Biden's "
                + "staff are women, Secretary of State Mike Pompeo said at the White House.");
    assertThat(mentions)
        .contains(
            new Mention("Bernie Sanders", "Vermont Sen.", false),
            new Mention("Nevada", null, true),
            new Mention("Joe Biden", "presumptive Democratic presidential nominee", false),
            new Mention("Mike Pompeo", "Secretary of State", false),
            new Mention("White House", null, true));
  }

  @Test
  void organisationsKeepTheirTitleWordsAndAdjectivesAreNoNames() {
    List<Mention> mentions =
        finder.find(
            "Officials said the Justice Department backed the House-passed bill. "
                + "The Democratic establishment is worried.");
    assertThat(mentions).extracting(Mention::name).containsExactly("Justice Department");
  }

  @Test
  void aSentenceStartIsNoNameUnlessWrittenSoElsewhere() {
    assertThat(finder.find("Moderate voters stayed home. Officials met Trump."))
        .extracting(Mention::name)
        .containsExactly("Trump");
    assertThat(finder.find("Trump spoke. Voters cheered Trump."))
        .extracting(Mention::name)
        .containsExactly("Trump", "Trump");
  }

  @Test
  void seededRandomTextNeverThrows() {
    Random random = new Random(11);
    String alphabet = "aAbB cC.,'’-\"Ü1 in The Sen.";
    for (int n = 0; n < 200; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < random.nextInt(80); i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(finder.find(text.toString())).allSatisfy(m -> assertThat(m.name()).isNotBlank());
    }
  }

  @Test
  void emptyTextHasNoMentions() {
    assertThat(finder.find("")).isEmpty();
    assertThat(finder.find(null)).isEmpty();
  }
}
