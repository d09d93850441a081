package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorMatcherTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static Facts facts(String text, String... names) {
    return Facts.of(text, TOKENIZER.tokenize(text), Optional.empty())
        .withEntities(Set.of(names), Set.of(), null, Map.of());
  }

  /** A story where Ukraine and Europe are in nearly every statement. */
  private static AnchorMatcher storyMatcher() {
    List<Facts> statements = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statements.add(facts("Filler " + i, "Ukraine", "Europe"));
    }
    statements.add(facts("Kellogg", "Keith Kellogg", "Kyiv"));
    return new AnchorMatcher(statements);
  }

  @Test
  void commonNamesAloneAreNoMatchARareOneIs() {
    AnchorMatcher matcher = storyMatcher();
    assertThat(
            matcher.matches(
                facts("He said Europe must help Ukraine.", "Europe", "Ukraine"),
                facts("Europe stands behind Ukraine.", "Europe", "Ukraine")))
        .isFalse();
    assertThat(
            matcher.matches(
                facts("Kellogg will visit Kyiv.", "Keith Kellogg", "Kyiv"),
                facts("Kellogg is in Kyiv this week.", "Kellogg", "Kyiv")))
        .isTrue();
  }

  @Test
  void oneNameSpeltTwoWaysIsOneAnchor() {
    AnchorMatcher matcher = storyMatcher();
    assertThat(
            matcher.matches(
                facts("Sergei Lavrov spoke.", "Sergei Lavrov"),
                facts("Sergey Lavrov spoke.", "Sergey Lavrov")))
        .isFalse();
  }

  @Test
  void aFigureChangedInOneUnitIsASharedSlot() {
    AnchorMatcher matcher = storyMatcher();
    assertThat(
            matcher.matches(
                facts("Reyes said the closure would last six weeks.", "Daniel Reyes"),
                facts("Reyes said it would stay closed for four weeks.", "Reyes")))
        .isTrue();
  }

  @Test
  void seededRandomStatementsWithoutSharedAnchorsNeverMatch() {
    Random random = new Random(11);
    AnchorMatcher matcher = storyMatcher();
    for (int i = 0; i < 50; i++) {
      String a = "Name" + random.nextInt(1000);
      String b = "Other" + random.nextInt(1000);
      assertThat(matcher.matches(facts("x", a), facts("y", b))).isFalse();
    }
  }

  @Test
  void emptyStoryAndEmptyFacts() {
    AnchorMatcher matcher = new AnchorMatcher(List.of());
    assertThat(matcher.matches(facts(""), facts(""))).isFalse();
  }
}
