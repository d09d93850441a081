package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossEncoderModelTest {
  private static final CrossEncoderModel MODEL = CrossEncoderModel.shipped();

  private static final String BUDGET = "The council approved the new budget on Tuesday.";
  private static final String BUDGET_AGAIN = "On Tuesday the council passed the new budget.";
  private static final String RAIN = "Heavy rain flooded several roads in the north overnight.";
  private static final String SHARES = "Shares of the carmaker fell 5 percent after the recall.";
  private static final String STOCK = "The carmaker's stock dropped 5% following the recall.";

  @Test
  void shippedLogitsOfFixturePairsArePinned() {
    assertThat(MODEL.logit(BUDGET, BUDGET_AGAIN)).isCloseTo(KAT_BUDGET, within(1e-4));
    assertThat(MODEL.logit(BUDGET, RAIN)).isCloseTo(KAT_RAIN, within(1e-4));
    assertThat(MODEL.logit(SHARES, STOCK)).isCloseTo(KAT_SHARES, within(1e-4));
    assertThat(MODEL.logit("", "")).isCloseTo(KAT_EMPTY, within(1e-4));
    assertThat(MODEL.logitInOrder(BUDGET, BUDGET_AGAIN))
        .isCloseTo(KAT_BUDGET_IN_ORDER, within(1e-4));
  }

  @Test
  void paraphrasesScoreAboveUnrelatedSentences() {
    assertThat(MODEL.logit(BUDGET, BUDGET_AGAIN)).isGreaterThan(0);
    assertThat(MODEL.logit(SHARES, STOCK)).isGreaterThan(0);
    assertThat(MODEL.logit(BUDGET, RAIN)).isLessThan(0);
  }

  @Test
  void isSymmetricOnSeededRandomTexts() {
    Random random = new Random(5);
    for (int i = 0; i < 5; i++) {
      String a = randomText(random, 1 + random.nextInt(30));
      String b = randomText(random, 1 + random.nextInt(30));
      assertThat(MODEL.logit(a, b)).isEqualTo(MODEL.logit(b, a));
      assertThat(MODEL.logit(a, b)).isFinite();
    }
  }

  @Test
  void emptyAndOddTextsScoreWithoutException() {
    assertThat(MODEL.logit("", "")).isFinite();
    assertThat(MODEL.logit("", BUDGET)).isEqualTo(MODEL.logit(BUDGET, ""));
    assertThat(MODEL.logit(" \t\n", "\u0000\uD83D\uDE00 \uD800")).isFinite();
    assertThatThrownBy(() -> MODEL.logit(null, BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a must not be null");
  }

  @Test
  void aHugeTextIsCutToTheSamePiecesAsItsBeginning() {
    Random random = new Random(9);
    String beginning = randomText(random, 400);
    StringBuilder huge = new StringBuilder(beginning);
    while (huge.length() < 5_000_000) {
      huge.append(' ').append(randomText(random, 50));
    }
    double logit = MODEL.logit(huge.toString(), BUDGET);
    assertThat(logit).isFinite().isEqualTo(MODEL.logit(beginning, BUDGET));
  }

  @Test
  void aLargerPieceCapReadsPastTheDefaultCut() {
    Random random = new Random(11);
    String beginning = randomText(random, 200);
    String a = beginning + " " + randomText(random, 40);
    String b = beginning + " " + randomText(random, 40);
    CrossEncoderModel wide =
        CrossEncoderModel.fromDelta(
            CrossEncoderModel.resource(CrossEncoderModel.DELTA_RESOURCE), 512);
    assertThat(MODEL.logit(a, BUDGET)).isEqualTo(MODEL.logit(b, BUDGET));
    assertThat(wide.logit(a, BUDGET)).isNotEqualTo(wide.logit(b, BUDGET));
    assertThat(wide.logit(BUDGET, BUDGET_AGAIN)).isCloseTo(KAT_BUDGET, within(1e-4));
    assertThatThrownBy(
            () ->
                CrossEncoderModel.fromDelta(
                    CrossEncoderModel.resource(CrossEncoderModel.DELTA_RESOURCE), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPieces (3) must be >= 4");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> CrossEncoderModel.fromResource("no/such-delta.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("resource no/such-delta.bin is not on the class path");
    assertThat(CrossEncoderModel.resource(CrossEncoderModel.DELTA_RESOURCE)).isNotEmpty();
  }

  @Test
  void countsThePairsItScores() {
    long before = MODEL.pairsScored();
    MODEL.logit(BUDGET, RAIN);
    MODEL.logitInOrder(BUDGET, RAIN);
    assertThat(MODEL.pairsScored()).isGreaterThanOrEqualTo(before + 2);
    assertThat(CrossEncoderModel.shipped()).isSameAs(MODEL);
  }

  private static String randomText(Random random, int words) {
    String[] vocabulary = {
      "the", "minister", "said", "on", "Monday", "that", "prices", "rose", "3.5", "percent",
      "in", "Ankara", "İstanbul", "Zürich", "co-operation", "n't", "$", "(", ")", "quietly"
    };
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return text.toString();
  }

  // Pinned on the shipped delta (trained on all of MSRP train); regenerate when it changes.
  private static final double KAT_BUDGET = 3.688966;
  private static final double KAT_RAIN = -3.018207;
  private static final double KAT_SHARES = 3.951541;
  private static final double KAT_EMPTY = 1.275069;
  private static final double KAT_BUDGET_IN_ORDER = 3.490029;
}
