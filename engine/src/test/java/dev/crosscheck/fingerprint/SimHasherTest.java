package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.openhft.hashing.LongHashFunction;
import org.junit.jupiter.api.Test;

class SimHasherTest {
  private static final List<String> FOX =
      List.of("the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog");

  private final SimHasher hasher = new SimHasher();

  /** Pins stored fingerprints: if this fails, SimHash values changed and stored data is stale. */
  @Test
  void knownAnswer() {
    assertThat(hasher.hash(new Shingler().shingle(FOX))).isEqualTo(0xCDC00B1FA901AD61L);
  }

  @Test
  void singleShingleIsItsRehash() {
    assertThat(hasher.hash(new long[] {42L}))
        .isEqualTo(Hashes.hashLong(LongHashFunction.xx3(SimHasher.SEED), 42L));
  }

  @Test
  void emptyIsZero() {
    assertThat(hasher.hash(new long[0])).isZero();
  }

  @Test
  void orderDoesNotMatter() {
    assertThat(hasher.hash(new long[] {3L, 1L, 2L}))
        .isEqualTo(hasher.hash(new long[] {1L, 2L, 3L}));
  }

  @Test
  void nearDuplicatesAreCloserThanUnrelatedTextsForSeededRandomTexts() {
    Random random = new Random(42);
    Shingler shingler = new Shingler();
    for (int trial = 0; trial < 20; trial++) {
      List<String> text = TestTexts.randomWords(random, 400, 5000);
      long original = hasher.hash(shingler.shingle(text));
      long nearDuplicate = hasher.hash(shingler.shingle(TestTexts.edit(random, text, 4)));
      long unrelated = hasher.hash(shingler.shingle(TestTexts.randomWords(random, 400, 5000)));

      assertThat(SimHasher.distance(original, nearDuplicate)).isLessThanOrEqualTo(10);
      assertThat(SimHasher.distance(original, unrelated)).isGreaterThan(10);
    }
  }

  @Test
  void distanceCountsDifferingBits() {
    assertThat(SimHasher.distance(0L, 0L)).isZero();
    assertThat(SimHasher.distance(0L, -1L)).isEqualTo(64);
    assertThat(SimHasher.distance(0b1011L, 0b0110L)).isEqualTo(3);
  }
}
