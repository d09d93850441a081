package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceScorerTest {
  private final Profiler profiler = new Profiler();
  private final SentenceScorer scorer = new SentenceScorer();

  private SentenceFeatures sentence(String text) {
    // Tokens as the tokenizer gives them: lower case, no full stop.
    return profiler.features(
        text, Arrays.asList(text.toLowerCase(Locale.ROOT).replace(".", "").split(" ")));
  }

  @Test
  void aNameOpeningOneSentenceCountsAsAnAnchorOnlyInTheOther() {
    // "Putin" opens the first sentence (not an anchor there: any opening word is capitalized) and
    // is a name inside the second; "Trump" the other way round. The two say nearly the same thing
    // with the same terms, so the score is high, but a score above 1 would say more than "equal".
    SentenceFeatures a = sentence("Putin met Trump in Riyadh.");
    SentenceFeatures b = sentence("Trump met Putin in Riyadh.");
    assertThat(a.anchors()).contains("trump").doesNotContain("putin");
    assertThat(b.anchors()).contains("putin").doesNotContain("trump");

    Vocabulary vocabulary = new Vocabulary();
    double dice =
        SentenceScorer.weightedDice(
            EncodedSentence.of(a, vocabulary), EncodedSentence.of(b, vocabulary));
    // Each side weighs its own terms: all terms are shared, so the share is exactly 1.
    assertThat(dice).isCloseTo(1.0, within(1e-12));
    assertThat(scorer.score(a, b)).isBetween(0.0, 1.0);
  }

  @Test
  void theDiceIsTheShareOfBothSidesWeightOnSharedTerms() {
    // a: putin, met, trump (anchor), riyadh (anchor): weight 1 + 1 + 2 + 2 = 6.
    // b: trump (opening, plain), visit (the stem), riyadh (anchor): weight 1 + 1 + 2 = 4.
    // Shared: trump (2 in a + 1 in b) and riyadh (2 + 2): 7 of 10.
    SentenceFeatures a = sentence("Putin met Trump in Riyadh.");
    SentenceFeatures b = sentence("Trump visited Riyadh.");
    assertThat(a.terms()).containsExactlyInAnyOrder("putin", "met", "trump", "riyadh");
    assertThat(b.terms()).containsExactlyInAnyOrder("trump", "visit", "riyadh");
    Vocabulary vocabulary = new Vocabulary();
    assertThat(
            SentenceScorer.weightedDice(
                EncodedSentence.of(a, vocabulary), EncodedSentence.of(b, vocabulary)))
        .isCloseTo(0.7, within(1e-12));
    assertThat(ReferenceSentenceScorer.weightedDice(a, b)).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void scoresStayWithinZeroAndOneWhateverTheAnchors() {
    List<String> texts =
        List.of(
            "Monday the council met in Paris.",
            "The council met in Paris on Monday.",
            "Paris council met Monday.",
            "12 residents told the council.",
            "The council told 12 residents.");
    for (String x : texts) {
      for (String y : texts) {
        double s = scorer.score(sentence(x), sentence(y));
        assertThat(s).as("%s / %s", x, y).isBetween(0.0, 1.0);
        assertThat(s).isEqualTo(scorer.score(sentence(y), sentence(x)));
      }
    }
  }
}
