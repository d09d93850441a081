package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The primitive {@link AverageLinkage} against the boxed {@link ReferenceAverageLinkage} it
 * replaced: on seeded random sparse graphs the groups, their order and their members' order must be
 * equal, since stories feed golden files and the Spark job.
 */
class AverageLinkageEquivalenceTest {
  private static final int SEEDS = 400;

  @Test
  void seededRandomSparseGraphsGiveTheSameGroupsAsTheReference() {
    for (int seed = 0; seed < SEEDS; seed++) {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(seed % 10 == 0 ? 400 : 80);
      int links = random.nextInt(n * (1 + random.nextInt(8)) + 1);
      // Coarse values make equal means (index tie-breaks) and repeated pairs common.
      boolean coarse = random.nextBoolean();
      double threshold = 0.05 + 0.5 * random.nextDouble();
      double attach = random.nextBoolean() ? Double.POSITIVE_INFINITY : threshold / 2;
      AverageLinkage linkage = new AverageLinkage(n);
      ReferenceAverageLinkage reference = new ReferenceAverageLinkage(n);
      for (int k = 0; k < links; k++) {
        int i = random.nextInt(n);
        int j = random.nextInt(n);
        if (i == j) {
          continue;
        }
        double similarity = coarse ? random.nextInt(5) / 4.0 : random.nextDouble();
        linkage.link(i, j, similarity);
        reference.link(i, j, similarity);
      }
      List<List<Integer>> expected = reference.run(threshold, attach);
      assertThat(linkage.run(threshold, attach)).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void denseCliquesWithEqualScoresGiveTheSameGroupsAsTheReference() {
    for (int seed = 0; seed < 50; seed++) {
      Random random = new Random(seed);
      int n = 60;
      AverageLinkage linkage = new AverageLinkage(n);
      ReferenceAverageLinkage reference = new ReferenceAverageLinkage(n);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (random.nextInt(3) > 0) {
            double similarity = random.nextInt(3) / 2.0 + 0.1 * random.nextInt(2);
            linkage.link(i, j, similarity);
            reference.link(i, j, similarity);
          }
        }
      }
      assertThat(linkage.run(0.4, 0.2)).as("seed %d", seed).isEqualTo(reference.run(0.4, 0.2));
    }
  }

  @Test
  void noItemsGiveNoGroups() {
    assertThat(new AverageLinkage(0).run(0.5)).isEqualTo(new ReferenceAverageLinkage(0).run(0.5));
  }
}
