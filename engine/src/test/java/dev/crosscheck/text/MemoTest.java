package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void computesEachShortKeyOnce() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer> memo =
        new Memo<>(
            k -> {
              calls.incrementAndGet();
              return k.length();
            },
            10,
            5);

    assertThat(memo.get("abc")).isEqualTo(3);
    assertThat(memo.get("abc")).isEqualTo(3);
    assertThat(memo.get("")).isZero();
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void neverKeepsLongKeys() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer> memo = new Memo<>(k -> calls.incrementAndGet(), 10, 5);

    memo.get("longer than five");
    memo.get("longer than five");

    assertThat(calls.get()).isEqualTo(2);
    assertThat(memo.size()).isZero();
  }

  @Test
  void startsOverWhenFullSoItStaysBounded() {
    Memo<String> memo = new Memo<>(k -> k.toUpperCase(java.util.Locale.ROOT), 3, 10);
    for (int i = 0; i < 100; i++) {
      assertThat(memo.get("k" + i)).isEqualTo("K" + i);
      assertThat(memo.size()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void rejectsNonPositiveBounds() {
    assertThatThrownBy(() -> new Memo<>(k -> k, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEntries (0)");
  }
}
