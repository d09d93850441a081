package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PairTokenizerTest {
  static PairTokenizer tokenizer;

  @BeforeAll
  static void load() {
    tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), 16);
  }

  @AfterAll
  static void close() {
    tokenizer.close();
  }

  @Test
  void encodesAPairWithTokenTypesAndPadding() {
    TokenBatch batch = tokenizer.pairs(List.of("the cat", "a b c d"), List.of("sat", "e"));
    // [CLS] the cat [SEP] sat [SEP]
    assertThat(batch.ids()[0]).containsExactly(101, 1996, 4937, 102, 2938, 102, 0, 0);
    assertThat(batch.types()[0]).containsExactly(0, 0, 0, 0, 1, 1, 0, 0);
    assertThat(batch.mask()[0]).containsExactly(1, 1, 1, 1, 1, 1, 0, 0);
    assertThat(batch.mask()[1]).containsOnly(1);
    assertThat(batch.length()).isEqualTo(8);
  }

  @Test
  void capsRandomLongPairs() {
    Random random = new Random(3);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      first.add(words(random, 5 + random.nextInt(40)));
      second.add(words(random, 5 + random.nextInt(40)));
    }
    TokenBatch batch = tokenizer.pairs(first, second);
    assertThat(batch.length()).isLessThanOrEqualTo(16);
    for (long[] types : batch.types()) {
      assertThat(types).contains(1L);
    }
  }

  @Test
  void encodesNoTextsAndRejectsUnevenLists() {
    assertThat(tokenizer.texts(List.of()).size()).isZero();
    assertThatThrownBy(() -> tokenizer.pairs(List.of("a"), List.of()))
        .hasMessageContaining("must be equally long");
    assertThatThrownBy(() -> PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), 3))
        .hasMessageContaining("maxPieces (3) must be >= 4");
  }

  static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append((char) ('a' + random.nextInt(26))).append("ord ");
    }
    return text.toString().strip();
  }
}
