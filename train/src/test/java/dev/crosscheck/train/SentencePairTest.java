package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentencePairTest {
  @Test
  void swappedKeepsIdAndLabelAndTurnsTheSentencesRound() {
    SentencePair pair = new SentencePair("p1", "Rates rose.", "The bank raised rates.", true);
    assertThat(pair.swapped())
        .isEqualTo(new SentencePair("p1", "The bank raised rates.", "Rates rose.", true));
    assertThat(pair.swapped().swapped()).isEqualTo(pair);
    assertThatThrownBy(() -> new SentencePair("p2", null, "b", false))
        .hasMessageContaining("pair p2 must have two sentences");
  }

  @Test
  void settingsWithoutTheSwapFlagReadPairsInTheirOrder() {
    FineTuneSettings settings = new FineTuneSettings(16, 3e-5f, 0.01f, 3, 0.1, 1L, false);
    assertThat(settings.swapOrders()).isFalse();
    assertThat(FineTuneSettings.DEFAULTS.swapOrders()).isFalse();
  }
}
