package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseEncoderTest {
  @Test
  void namesEachEncoderAndRefusesOthers() {
    for (BaseEncoder base : BaseEncoder.values()) {
      assertThat(BaseEncoder.named(base.option())).isSameAs(base);
    }
    assertThatThrownBy(() -> BaseEncoder.named("bert-large"))
        .hasMessageContaining("base encoder (bert-large) must be one of [minilm-l6, bge-small]");
  }

  @Test
  void bothEncodersCutTextIntoTheSameWordPieces() {
    // Why the engine reads every delta's pairs with one tokenizer whatever the base.
    List<String> first = List.of("Russia's Lavrov meets Rubio in Riyadh", "ÉLAN vital, 2,500 km");
    List<String> second = List.of("U.S. and Russian officials talk", "naïve café");
    try (PairTokenizer minilm = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), 64);
        PairTokenizer bge = PairTokenizer.of(BaseEncoder.BGE_SMALL.tokenizer(), 64)) {
      TokenBatch a = minilm.pairs(first, second);
      TokenBatch b = bge.pairs(first, second);
      assertThat(b.ids()).isDeepEqualTo(a.ids());
      assertThat(b.types()).isDeepEqualTo(a.types());
    }
  }

  @Test
  void eachBaseHasItsFilesOnTheClassPath() {
    for (BaseEncoder base : BaseEncoder.values()) {
      assertThat(base.tokenizer()).isNotEmpty();
      assertThat(base.quantized().length).isGreaterThan(1_000_000);
    }
  }
}
