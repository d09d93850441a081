package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final List<String> FOX =
      List.of("the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog");

  private final MinHasher hasher = new MinHasher();

  /** Pins stored fingerprints: if this fails, signatures changed and stored data is stale. */
  @Test
  void knownAnswer() {
    MinHashSignature signature = hasher.sign(new Shingler().shingle(FOX));

    assertThat(signature.length()).isEqualTo(128);
    assertThat(Arrays.copyOf(signature.values(), 4))
        .containsExactly(
            0x8F2636EA563E3337L, 0x03FD5AD8B3CC9978L, 0x96046358E94A7A8AL, 0x96046358E94A7A8AL);
  }

  @Test
  void identicalSetsAreSimilarOne() {
    long[] shingles = new Shingler().shingle(FOX);

    assertThat(hasher.similarity(hasher.sign(shingles), hasher.sign(shingles.clone())))
        .isEqualTo(1.0);
  }

  @Test
  void orderAndRepeatsDoNotMatter() {
    long[] shingles = {5L, -3L, 17L, 99L};
    long[] shuffled = {99L, 17L, 5L, 99L, -3L, 5L};

    assertThat(hasher.sign(shuffled)).isEqualTo(hasher.sign(shingles));
  }

  @Test
  void disjointSetsAreSimilarAboutZero() {
    Random random = new Random(42);
    long[] a = random.longs(500).toArray();
    long[] b = random.longs(500).toArray();

    assertThat(hasher.similarity(hasher.sign(a), hasher.sign(b))).isLessThan(0.05);
  }

  /**
   * Each estimate is within 0.1 of the truth. The standard error is at most 0.5 / sqrt(128) ~
   * 0.044, so 0.1 is about 2.3 standard errors: a per-estimate bound only holds for a few trials;
   * {@link #estimateIsUnbiasedWithTheExpectedErrorOverManySeededRandomSets} checks the statistics.
   */
  @Test
  void estimateIsWithinTenPointsOfTrueJaccardForSeededRandomSets() {
    Random random = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      long[][] pair = randomPair(random, random.nextDouble(), 10 + random.nextInt(2000));

      assertThat(hasher.similarity(hasher.sign(pair[0]), hasher.sign(pair[1])))
          .as("trial %d", trial)
          .isCloseTo(TestTexts.jaccard(pair[0], pair[1]), within(0.1));
    }
  }

  @Test
  void estimateIsUnbiasedWithTheExpectedErrorOverManySeededRandomSets() {
    Random random = new Random(42);
    int trials = 1000;
    double sumError = 0;
    double sumSquaredError = 0;
    for (int trial = 0; trial < trials; trial++) {
      long[][] pair = randomPair(random, random.nextDouble(), 100 + random.nextInt(2000));
      double error =
          hasher.similarity(hasher.sign(pair[0]), hasher.sign(pair[1]))
              - TestTexts.jaccard(pair[0], pair[1]);
      sumError += error;
      sumSquaredError += error * error;
    }
    // For J uniform in [0, 1] the expected RMSE is sqrt(E[J(1 - J)] / 128) ~ 0.036.
    assertThat(sumError / trials).isCloseTo(0.0, within(0.01));
    assertThat(Math.sqrt(sumSquaredError / trials)).isLessThan(0.045);
  }

  @Test
  void estimateTracksTrueJaccardOfShingledText() {
    Random random = new Random(42);
    Shingler shingler = new Shingler();
    List<String> text = TestTexts.randomWords(random, 300, 5000);
    for (int edits : new int[] {0, 5, 20, 60, 150}) {
      long[] a = shingler.shingle(text);
      long[] b = shingler.shingle(TestTexts.edit(random, text, edits));

      assertThat(hasher.similarity(hasher.sign(a), hasher.sign(b)))
          .as("%d edits", edits)
          .isCloseTo(TestTexts.jaccard(a, b), within(0.1));
    }
  }

  @Test
  void singleShingleFillsEveryBinWithItsValue() {
    MinHashSignature signature = hasher.sign(new long[] {1L});

    assertThat(Arrays.stream(signature.values()).distinct().count()).isEqualTo(1);
  }

  @Test
  void emptySetSignsAsEmptyWithSimilarityZero() {
    MinHashSignature empty = hasher.sign(new long[0]);
    MinHashSignature some = hasher.sign(new long[] {1L, 2L});

    assertThat(empty).isSameAs(MinHashSignature.EMPTY);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(hasher.similarity(empty, some)).isZero();
    assertThat(hasher.similarity(some, empty)).isZero();
    assertThat(hasher.similarity(empty, empty)).isZero();
  }

  @Test
  void signatureIsAnImmutableValue() {
    long[] values = {1L, 2L, 3L};
    MinHashSignature signature = new MinHashSignature(values);
    values[0] = 9L;
    signature.values()[1] = 9L;

    assertThat(signature.values()).containsExactly(1L, 2L, 3L);
    assertThat(signature).isEqualTo(new MinHashSignature(new long[] {1L, 2L, 3L}));
    assertThat(signature.hashCode())
        .isEqualTo(new MinHashSignature(new long[] {1L, 2L, 3L}).hashCode());
    assertThat(signature).isNotEqualTo(new MinHashSignature(new long[] {1L, 2L}));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new MinHasher(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numHashes (0) must be > 0");
    MinHashSignature short64 = new MinHasher(64).sign(new long[] {1L});
    MinHashSignature long128 = hasher.sign(new long[] {1L});
    assertThatThrownBy(() -> hasher.similarity(short64, long128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signature length (64) must equal numHashes (128)");
    assertThatThrownBy(() -> hasher.sign(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void defaultIs128Hashes() {
    assertThat(hasher.numHashes()).isEqualTo(MinHasher.DEFAULT_NUM_HASHES).isEqualTo(128);
  }

  /** Returns two random sets whose union has {@code union} elements and Jaccard ~ target. */
  private static long[][] randomPair(Random random, double target, int union) {
    int shared = (int) Math.round(target * union);
    int onlyA = (union - shared) / 2;
    long[] pool = random.longs(union).toArray();
    return new long[][] {
      concat(pool, 0, shared, shared, shared + onlyA),
      concat(pool, 0, shared, shared + onlyA, union)
    };
  }

  private static long[] concat(long[] pool, int from1, int to1, int from2, int to2) {
    long[] out = new long[(to1 - from1) + (to2 - from2)];
    System.arraycopy(pool, from1, out, 0, to1 - from1);
    System.arraycopy(pool, from2, out, to1 - from1, to2 - from2);
    return out;
  }
}
