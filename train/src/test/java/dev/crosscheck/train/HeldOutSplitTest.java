package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {
  static List<SentencePair> pairs(int count) {
    List<SentencePair> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pairs.add(new SentencePair("p" + i, "a" + i, "b" + i, i % 3 == 0));
    }
    return pairs;
  }

  @Test
  void holdsOutADisjointSeededFifth() {
    HeldOutSplit split = HeldOutSplit.of(pairs(100), 0.2, 5);
    assertThat(split.heldOut()).hasSize(20);
    assertThat(split.train()).hasSize(80);
    Set<SentencePair> all = new HashSet<>(split.train());
    all.addAll(split.heldOut());
    assertThat(all).hasSize(100);
    assertThat(HeldOutSplit.of(pairs(100), 0.2, 5)).isEqualTo(split);
    assertThat(HeldOutSplit.of(pairs(100), 0.2, 6).heldOut()).isNotEqualTo(split.heldOut());
  }

  @Test
  void splitsAnEmptySetAndRejectsBadFractions() {
    assertThat(HeldOutSplit.of(List.of(), 0.2, 1).train()).isEmpty();
    assertThatThrownBy(() -> HeldOutSplit.of(pairs(3), 1.0, 1))
        .hasMessageContaining("fraction (1.0) must be in (0, 1)");
  }
}
