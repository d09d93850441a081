package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.openhft.hashing.LongHashFunction;
import org.junit.jupiter.api.Test;

class LshIndexTest {
  private final Shingler shingler = new Shingler();
  private final MinHasher hasher = new MinHasher();

  @Test
  void findsNearDuplicateAndNotUnrelatedTexts() {
    Random random = new Random(42);
    LshIndex<String> index = new LshIndex<>();
    List<String> original = TestTexts.randomWords(random, 300, 5000);
    for (int i = 0; i < 200; i++) {
      index.add("unrelated-" + i, sign(TestTexts.randomWords(random, 300, 5000)));
    }
    index.add("original", sign(original));
    List<String> copy = TestTexts.edit(random, original, 5);
    assertThat(TestTexts.jaccard(shingler.shingle(original), shingler.shingle(copy)))
        .isBetween(0.85, 0.95);

    assertThat(index.candidates(sign(copy))).containsExactly("original");
    assertThat(index.size()).isEqualTo(201);
  }

  @Test
  void candidatesComeInInsertionOrder() {
    Random random = new Random(7);
    List<String> text = TestTexts.randomWords(random, 200, 5000);
    LshIndex<Integer> index = new LshIndex<>();
    for (int key : new int[] {5, 3, 9, 1}) {
      index.add(key, sign(TestTexts.edit(random, text, 2)));
    }

    assertThat(index.candidates(sign(text))).containsExactly(5, 3, 9, 1);
  }

  @Test
  void indexGrowsPastItsInitialTable() {
    Random random = new Random(42);
    LshIndex<Integer> index = new LshIndex<>();
    MinHashSignature[] signatures = new MinHashSignature[300];
    for (int i = 0; i < signatures.length; i++) {
      signatures[i] = hasher.sign(random.longs(50).toArray());
      index.add(i, signatures[i]);
    }

    for (int i = 0; i < signatures.length; i++) {
      assertThat(index.candidates(signatures[i])).contains(i);
    }
  }

  @Test
  void runsSpanningSeveralPagesFindWhatABruteForceScanFinds() {
    // Two bands of one row, values from a small range: 100,000 keys make sorted runs of 65,536
    // postings (two pages) with many equal band keys across page boundaries.
    Random random = new Random(3);
    LshIndex<Integer> index = new LshIndex<>(2, 1);
    int n = 100_000;
    long[][] values = new long[n][];
    for (int i = 0; i < n; i++) {
      values[i] = new long[] {random.nextInt(40_000), random.nextInt(40_000)};
      index.add(i, new MinHashSignature(values[i]));
    }
    assertThat(n * 2L).isGreaterThan(2L * LshIndex.PAGE);
    for (int q = 0; q < 200; q++) {
      long[] query = {random.nextInt(40_000), random.nextInt(40_000)};
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (values[i][0] == query[0] || values[i][1] == query[1]) {
          expected.add(i);
        }
      }
      assertThat(index.candidates(new MinHashSignature(query)))
          .as("query " + q)
          .containsAll(expected);
    }
  }

  @Test
  void emptySignatureIsCountedButNeverACandidate() {
    LshIndex<String> index = new LshIndex<>();
    index.add("empty", MinHashSignature.EMPTY);
    index.add("other", hasher.sign(new long[] {1L}));

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.candidates(MinHashSignature.EMPTY)).isEmpty();
    assertThat(index.candidates(hasher.sign(new long[] {1L}))).containsExactly("other");
  }

  @Test
  void emptyIndexHasNoCandidates() {
    assertThat(new LshIndex<String>().candidates(hasher.sign(new long[] {1L, 2L}))).isEmpty();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new LshIndex<String>(0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands (0) must be > 0");
    assertThatThrownBy(() -> new LshIndex<String>(32, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows (-1) must be > 0");
    LshIndex<String> index = new LshIndex<>(16, 4);
    MinHashSignature signature = hasher.sign(new long[] {1L});
    assertThatThrownBy(() -> index.add("a", signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands (16) × rows (4) must equal the signature length (128)");
    assertThatThrownBy(() -> index.candidates(signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands (16) × rows (4) must equal the signature length (128)");
    LshIndex<String> defaults = new LshIndex<>();
    defaults.add("a", signature);
    assertThatThrownBy(() -> defaults.add("a", signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key (a) must not be added twice");
    assertThat(defaults.size()).isEqualTo(1);
  }

  @Test
  void sCurveAndThreshold() {
    assertThat(LshIndex.candidateProbability(0.0, 32, 4)).isZero();
    assertThat(LshIndex.candidateProbability(1.0, 32, 4)).isEqualTo(1.0);
    assertThat(LshIndex.candidateProbability(0.9, 32, 4)).isGreaterThan(0.9999);
    assertThat(LshIndex.candidateProbability(0.5, 32, 4))
        .isCloseTo(1 - Math.pow(1 - 0.0625, 32), within(1e-12));
    assertThat(LshIndex.threshold(32, 4)).isCloseTo(0.4204, within(1e-4));
    assertThat(LshIndex.threshold(1, 1)).isEqualTo(1.0);
    assertThatThrownBy(() -> LshIndex.candidateProbability(1.5, 32, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("similarity (1.5) must be in [0, 1]");
    assertThatThrownBy(() -> LshIndex.threshold(32, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows (0) must be > 0");
  }

  @Test
  void defaultsFit128Hashes() {
    LshIndex<String> index = new LshIndex<>();

    assertThat(index.bands() * index.rows()).isEqualTo(MinHasher.DEFAULT_NUM_HASHES);
    assertThat(index.bands()).isEqualTo(LshIndex.DEFAULT_BANDS).isEqualTo(32);
  }

  private MinHashSignature sign(List<String> words) {
    return hasher.sign(shingler.shingle(words));
  }

  @Test
  void matchesNaiveReferenceOnSeededRandomSignatures() {
    Random random = new Random(2024);
    LshIndex<String> index = new LshIndex<>();
    List<MinHashSignature> added = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      MinHashSignature signature = randomSignature(random);
      index.add("k" + i, signature);
      added.add(signature);
      // Query an added or a fresh signature, so buffer and merged runs are both exercised.
      MinHashSignature query =
          random.nextBoolean() ? added.get(random.nextInt(added.size())) : randomSignature(random);
      assertThat(List.copyOf(index.candidates(query))).isEqualTo(naiveCandidates(added, query));
    }
    assertThat(index.size()).isEqualTo(2_000);
  }

  @Test
  void addAndFindIsCandidatesThenAdd() {
    Random random = new Random(99);
    LshIndex<String> separate = new LshIndex<>();
    LshIndex<String> together = new LshIndex<>();
    for (int i = 0; i < 1_000; i++) {
      MinHashSignature signature = randomSignature(random);
      var expected = separate.candidates(signature);
      separate.add("k" + i, signature);
      assertThat(List.copyOf(together.addAndFind("k" + i, signature)))
          .isEqualTo(List.copyOf(expected));
    }
    assertThat(together.size()).isEqualTo(1_000);
    MinHashSignature query = randomSignature(random);
    assertThat(together.candidates(query)).isEqualTo(separate.candidates(query));
    assertThatThrownBy(() -> together.addAndFind("k0", MinHashSignature.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k0");
  }

  /** Returns a signature over a tiny alphabet, so bands often collide; sometimes empty. */
  private static MinHashSignature randomSignature(Random random) {
    if (random.nextInt(50) == 0) {
      return MinHashSignature.EMPTY;
    }
    long[] values = new long[LshIndex.DEFAULT_BANDS * LshIndex.DEFAULT_ROWS];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(4);
    }
    return new MinHashSignature(values);
  }

  /** Scans every added signature for a band whose 32-bit band key equals the query's. */
  private static List<String> naiveCandidates(
      List<MinHashSignature> added, MinHashSignature query) {
    List<String> result = new ArrayList<>();
    if (query.isEmpty()) {
      return result;
    }
    int rows = LshIndex.DEFAULT_ROWS;
    for (int i = 0; i < added.size(); i++) {
      MinHashSignature signature = added.get(i);
      for (int b = 0; !signature.isEmpty() && b < LshIndex.DEFAULT_BANDS; b++) {
        LongHashFunction hash = LongHashFunction.xx3(LshIndex.SEED + b);
        int mine = (int) Hashes.hashLongs(hash, signature.array(), b * rows, rows);
        if (mine == (int) Hashes.hashLongs(hash, query.array(), b * rows, rows)) {
          result.add("k" + i);
          break;
        }
      }
    }
    return result;
  }
}
