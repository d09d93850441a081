package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.Tokenizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactsTest {
  private static Facts facts(String text, String published) {
    return Facts.of(
        text, new Tokenizer().tokenize(text), Optional.ofNullable(published).map(LocalDate::parse));
  }

  @Test
  void figuresDaysRolesAndQuotes() {
    Facts f =
        facts(
            "Former minister Halst said on Monday, March 3, that fourteen people and 2,300"
                + " residents were \"not at any risk at all\".",
            null);
    assertThat(f.numbers()).containsExactlyInAnyOrder("14", "2300");
    assertThat(f.days()).containsExactlyInAnyOrder("monday", "march 3");
    assertThat(f.modifiers()).containsExactly("former");
    assertThat(f.negated()).isTrue();
    assertThat(f.quotes()).hasSize(1);
  }

  @Test
  void relativeDaysResolveOnlyAgainstAKnownDate() {
    // 2025-02-17 was a Monday: "tomorrow" is Tuesday.
    assertThat(facts("The talks begin tomorrow in Riyadh.", "2025-02-17").days())
        .containsExactly("tuesday");
    assertThat(facts("The talks begin tomorrow in Riyadh.", null).days()).isEmpty();
  }

  @Test
  void independentReportsDisagreeOnAFigureOnlyInTheSameUnit() {
    Facts six = facts("Reyes said the closure would last at least six weeks.", null);
    assertThat(six.units()).containsEntry("weeks", java.util.Set.of("6"));
    assertThat(
            Discrepancy.between(
                six, facts("The bridge will stay shut for at least 4 weeks.", null), false, false))
        .contains(Discrepancy.NUMBER);
    assertThat(
            Discrepancy.between(
                six,
                facts("About 40 engineers said the closure would last weeks.", null),
                false,
                false))
        .isEmpty();
  }

  @Test
  void leavingARoleOutIsNotChangingIt() {
    Facts titled = facts("While former Director Comey wrote at length, he never said so.", null);
    assertThat(
            Discrepancy.between(
                titled, facts("While Mr. Comey wrote at length, he never said so.", null), true))
        .isEmpty();
    assertThat(
            Discrepancy.between(
                titled,
                facts("While Director Comey wrote at length, he never said so.", null),
                true))
        .contains(Discrepancy.ROLE);
  }

  @Test
  void scaledFiguresAndDatesOfAKnownYear() {
    assertThat(facts("They paid $1.8 billion, or 1,500,000 euros, to 2.50 people.", null).numbers())
        .containsExactlyInAnyOrder("1800000000", "1500000", "2.5");
    // 2025-03-04 was a Tuesday.
    Facts dated = facts("The talks open on March 4.", "2025-02-17");
    assertThat(dated.days()).containsExactlyInAnyOrder("march 4", "tuesday");
    assertThat(Discrepancy.between(dated, facts("The talks open on Tuesday.", null), true))
        .isEmpty();
    assertThat(Discrepancy.between(dated, facts("The talks open on Wednesday.", null), true))
        .contains(Discrepancy.DAY);
    // Without a year a date and a weekday are not compared.
    assertThat(
            Discrepancy.between(
                facts("The talks open on March 4.", null),
                facts("The talks open on Wednesday.", null),
                true))
        .isEmpty();
    assertThat(
            Discrepancy.between(
                facts("It cost 150 billion.", null), facts("It cost 150 million.", null), true))
        .contains(Discrepancy.NUMBER);
  }

  @Test
  void discrepancies() {
    Facts a = facts("A blast on Monday injured 14 people, Harbour Minister Halst said.", null);
    assertThat(
            Discrepancy.between(
                a,
                facts("A blast on Monday injured 41 people, Harbour Minister Halst said.", null),
                true))
        .contains(Discrepancy.NUMBER);
    assertThat(
            Discrepancy.between(
                a,
                facts("A blast on Sunday injured 14 people, Harbour Minister Halst said.", null),
                true))
        .contains(Discrepancy.DAY);
    assertThat(
            Discrepancy.between(
                a,
                facts("A blast on Monday injured 14 people, former Minister Halst said.", null),
                true))
        .contains(Discrepancy.ROLE);
    // Leaving a figure out is not changing it.
    assertThat(Discrepancy.between(a, facts("A blast injured people, Halst said.", null), false))
        .isEmpty();
  }

  @Test
  void emptySentence() {
    Facts f = facts("", null);
    assertThat(f.numbers()).isEmpty();
    assertThat(f.quotes()).isEmpty();
  }
}
