package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  @Test
  void candidatesShareEnoughKeysWithEnoughOverlap() {
    KeyIndex index = new KeyIndex(14, 1000);
    // 0 shares keys 1 and 2 heavily; 1 shares them lightly; 2 shares key 1 only.
    index.add(0, new long[] {1, 2, 3}, new int[] {800, 500, 100}, DAY);
    index.add(1, new long[] {1, 2}, new int[] {50, 40}, DAY);
    index.add(2, new long[] {1, 9}, new int[] {900, 900}, DAY);
    long[] query = {1, 2};
    int[] weights = {600, 600};
    assertThat(index.candidates(query, weights, DAY, 2, 0)).containsExactly(0, 1);
    // Overlap of 0: 600·800 + 600·500 = 780,000 units; of 1: 54,000.
    assertThat(index.candidates(query, weights, DAY, 2, KeyWeights.units(0.12))).containsExactly(0);
    assertThat(index.candidates(query, weights, DAY, 1, 0)).containsExactly(0, 1, 2);
  }

  @Test
  void datedQueriesMeetNeighbouringBucketsAndUndatedArticles() {
    KeyIndex index = new KeyIndex(14, 1000);
    index.add(0, new long[] {1, 2}, new int[] {500, 500}, DAY.minusDays(20));
    index.add(1, new long[] {1, 2}, new int[] {500, 500}, DAY.minusDays(200));
    index.add(2, new long[] {1, 2}, new int[] {500, 500}, null);
    long[] query = {1, 2};
    int[] weights = {500, 500};
    assertThat(index.candidates(query, weights, DAY, 2, 0)).containsExactly(0, 2);
    assertThat(index.candidates(query, weights, null, 2, 0)).containsExactly(0, 1, 2);
  }

  @Test
  void seededRandomPostingsGiveWhatCountingEveryPairGives() {
    Random random = new Random(42);
    KeyIndex index = new KeyIndex(14, 1000);
    List<long[]> keys = new ArrayList<>();
    List<int[]> weights = new ArrayList<>();
    for (int a = 0; a < 400; a++) {
      long[] k = random.longs(1 + random.nextInt(12), 0, 60).distinct().toArray();
      int[] w = random.ints(k.length, 0, KeyWeights.SCALE + 1).toArray();
      keys.add(k);
      weights.add(w);
      index.add(a, k, w, null);
    }
    long minOverlap = KeyWeights.units(0.1);
    for (int q = 0; q < 400; q += 7) {
      List<Integer> expected = new ArrayList<>();
      for (int a = 0; a < 400; a++) {
        int shared = 0;
        long overlap = 0;
        for (int i = 0; i < keys.get(q).length; i++) {
          for (int j = 0; j < keys.get(a).length; j++) {
            if (keys.get(q)[i] == keys.get(a)[j]) {
              shared++;
              overlap += (long) weights.get(q)[i] * weights.get(a)[j];
            }
          }
        }
        if (shared >= 2 && overlap >= minOverlap) {
          expected.add(a);
        }
      }
      assertThat(index.candidates(keys.get(q), weights.get(q), null, 2, minOverlap))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void anEmptyIndexOrQueryFindsNothing() {
    KeyIndex index = new KeyIndex(14, 1000);
    assertThat(index.candidates(new long[] {1, 2}, new int[] {1, 1}, DAY, 2, 0)).isEmpty();
    index.add(0, new long[] {1, 2}, new int[] {1, 1}, DAY);
    assertThat(index.candidates(new long[0], new int[0], DAY, 1, 0)).isEmpty();
  }

  @Test
  void aKeyHotInAPartitionNoLongerCountsThere() {
    KeyIndex index = new KeyIndex(14, 3);
    index.add(0, new long[] {1, 2}, new int[] {500, 500}, null);
    index.add(1, new long[] {1, 2}, new int[] {500, 500}, null);
    long[] query = {1, 2};
    int[] weights = {500, 500};
    assertThat(index.candidates(query, weights, null, 2, 0)).containsExactly(0, 1);
    assertThat(index.takeTurnedHot()).isEmpty();

    // The third undated posting of key 1 makes it hot among the undated articles.
    index.add(2, new long[] {1, 5}, new int[] {500, 500}, null);
    assertThat(index.takeTurnedHot()).containsExactly(0, 1, 2);
    assertThat(index.takeTurnedHot()).isEmpty();
    assertThat(index.hot(1, null)).isTrue();
    assertThat(index.hot(1, DAY)).isFalse();
    assertThat(index.candidates(query, weights, null, 2, 0)).isEmpty();
    assertThat(index.candidates(query, weights, null, 1, 0)).containsExactly(0, 1);
    assertThat(index.meets(query, weights, null, query, weights, null, 2, 0)).isFalse();
    assertThat(index.meets(query, weights, null, query, weights, null, 1, 0)).isTrue();
  }

  @Test
  void aKeyHotInOneBucketStillCountsBetweenOthers() {
    KeyIndex index = new KeyIndex(14, 2);
    LocalDate busy = DAY.minusDays(200);
    index.add(0, new long[] {1, 2}, new int[] {500, 500}, busy);
    index.add(1, new long[] {1, 2}, new int[] {500, 500}, busy);
    index.add(2, new long[] {1, 2}, new int[] {500, 500}, DAY);
    assertThat(index.takeTurnedHot()).containsExactly(0, 1);
    long[] query = {1, 2};
    int[] weights = {500, 500};
    // Hot in the busy bucket: its articles meet no one through the keys, others still meet.
    assertThat(index.candidates(query, weights, busy, 2, 0)).isEmpty();
    assertThat(index.candidates(query, weights, DAY, 2, 0)).containsExactly(2);
    assertThat(index.candidates(query, weights, null, 2, 0)).containsExactly(2);
  }

  @Test
  void seededRandomPostingsWithHotKeysGiveWhatCheckingEveryPairGives() {
    Random random = new Random(7);
    KeyIndex index = new KeyIndex(14, 25);
    List<long[]> keys = new ArrayList<>();
    List<int[]> weights = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int a = 0; a < 500; a++) {
      long[] k = random.longs(1 + random.nextInt(12), 0, 60).distinct().toArray();
      int[] w = random.ints(k.length, 0, KeyWeights.SCALE + 1).toArray();
      int day = random.nextInt(5);
      LocalDate date = day == 0 ? null : DAY.plusDays(15L * day);
      keys.add(k);
      weights.add(w);
      dates.add(date);
      index.add(a, k, w, date);
    }
    long minOverlap = KeyWeights.units(0.1);
    for (int q = 0; q < 500; q += 7) {
      List<Integer> expected = new ArrayList<>();
      for (int a = 0; a < 500; a++) {
        if (index.meets(
            keys.get(q),
            weights.get(q),
            dates.get(q),
            keys.get(a),
            weights.get(a),
            dates.get(a),
            2,
            minOverlap)) {
          expected.add(a);
        }
      }
      assertThat(index.candidates(keys.get(q), weights.get(q), dates.get(q), 2, minOverlap))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
