package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  /** The plain branching merge {@link SparseVector#dot} replaced: the reference it must equal. */
  static double referenceDot(SparseVector p, SparseVector q) {
    long[] a = p.keys();
    long[] b = q.keys();
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += (double) p.weights()[i++] * q.weights()[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, sum);
  }

  @Test
  void dotOfCannedVectorsAddsSharedKeysOnly() {
    SparseVector a = new SparseVector(new long[] {-5, 1, 7}, new float[] {0.6f, 0.0f, 0.8f});
    SparseVector b =
        new SparseVector(new long[] {-5, 2, 7, 9}, new float[] {0.5f, 0.5f, 0.5f, 0.5f});
    assertThat(a.dot(b)).isEqualTo((double) 0.6f * 0.5f + (double) 0.8f * 0.5f);
    assertThat(b.dot(a)).isEqualTo(a.dot(b));
  }

  @Test
  void dotWithEmptyIsZero() {
    SparseVector a = new SparseVector(new long[] {1, 2}, new float[] {0.6f, 0.8f});
    assertThat(a.dot(SparseVector.EMPTY)).isZero();
    assertThat(SparseVector.EMPTY.dot(a)).isZero();
    assertThat(SparseVector.EMPTY.dot(SparseVector.EMPTY)).isZero();
  }

  @Test
  void dotIsBitIdenticalToThePlainMergeOnSeededRandomVectors() {
    Random random = new Random(20261121L);
    for (int round = 0; round < 20_000; round++) {
      // Small key ranges make shared keys and hash-collision duplicates (equal keys in one
      // vector) common; the full range makes them rare, as in real vectors.
      long range = round % 3 == 0 ? 8 : round % 3 == 1 ? 200 : Long.MAX_VALUE;
      SparseVector a = random(random, random.nextInt(70), range);
      SparseVector b = random(random, random.nextInt(70), range);
      assertThat(Double.doubleToRawLongBits(a.dot(b)))
          .as("round %d", round)
          .isEqualTo(Double.doubleToRawLongBits(referenceDot(a, b)));
    }
  }

  private static SparseVector random(Random random, int size, long range) {
    long[] keys = new long[size];
    float[] weights = new float[size];
    for (int i = 0; i < size; i++) {
      keys[i] = range == Long.MAX_VALUE ? random.nextLong() : random.nextLong() % range;
      weights[i] = random.nextFloat();
    }
    Arrays.sort(keys);
    return new SparseVector(keys, weights);
  }
}
