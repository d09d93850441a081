package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  private final EntityFinder finder = new EntityFinder();

  @Test
  void findsCapitalizedRunsAndTheirWords() {
    assertThat(
            finder.find(
                "President Trump on Monday slammed former Secretary of State John Kerry's trip."
                    + " The U.S. said nothing."))
        .containsExactly("trump", "secretary", "state", "john", "kerry", "state john kerry", "u.s");
  }

  @Test
  void aSentencesFirstWordIsANameWhenWrittenSoElsewhere() {
    assertThat(finder.find("Kerry left early. Officials said Trump then called Kerry."))
        .containsExactly("kerry", "trump");
  }

  @Test
  void hyphenatedNamesMatchSpacedOnes() {
    assertThat(finder.find("They met Kim Jong-un on Monday.")).contains("kim jong un");
  }

  @Test
  void aSentencesFirstFunctionWordIsNoName() {
    assertThat(finder.find("The talks begin. In Riyadh, Rubio met Lavrov."))
        .containsExactly("riyadh", "rubio", "lavrov");
  }

  @Test
  void titleCaseHeadlinesAreRecognized() {
    assertThat(EntityFinder.isTitleCase("Trump Castigates Kerry For Shadow Diplomacy")).isTrue();
    assertThat(EntityFinder.isTitleCase("Trump castigates Kerry for shadow diplomacy")).isFalse();
    assertThat(EntityFinder.isTitleCase(null)).isFalse();
  }

  @Test
  void emptyAndRandomInputs() {
    assertThat(finder.find("")).isEmpty();
    assertThat(finder.find(null)).isEmpty();
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      StringBuilder s = new StringBuilder();
      for (int c = 0; c < 40; c++) {
        s.append((char) (32 + random.nextInt(0x2FF)));
      }
      assertThat(finder.find(s.toString())).allSatisfy(e -> assertThat(e).isNotBlank());
    }
  }
}
