package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
  @Test
  void mergesByMeanAndAttachesALonerToItsBestGroup() {
    // 0-1 strong; 2 a little like both (mean 0.2); 3-4 a weak pair of loners (0.2).
    double[][] links = {{0, 1, 0.5}, {0, 2, 0.2}, {1, 2, 0.2}, {3, 4, 0.2}};
    assertThat(sorted(linkage(5, links).run(0.3)))
        .containsExactly(List.of(0, 1), List.of(2), List.of(3), List.of(4));
    assertThat(sorted(linkage(5, links).run(0.3, 0.15)))
        .containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
    assertThat(sorted(linkage(5, links).run(0.3, 0.25)))
        .containsExactly(List.of(0, 1), List.of(2), List.of(3), List.of(4));
  }

  @Test
  void aLonerJoinsTheGroupWithTheHighestMean() {
    double[][] links = {
      {0, 1, 0.9}, {2, 3, 0.9}, {4, 0, 0.2}, {4, 1, 0.2}, {4, 2, 0.28}, {4, 3, 0.24}
    };
    assertThat(sorted(linkage(5, links).run(0.3, 0.1)))
        .containsExactly(List.of(0, 1), List.of(2, 3, 4));
  }

  @Test
  void aLongChainOfStrongLinksIsOneGroup() {
    int n = 3_000;
    AverageLinkage linkage = new AverageLinkage(n);
    for (int i = 0; i + 1 < n; i++) {
      linkage.link(i, i + 1, 1.0);
    }
    List<List<Integer>> groups = linkage.run(0.000_000_1);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0)).hasSize(n);
  }

  @Test
  void seededRandomGraphGivesTheSameGroupsWhateverTheLinkOrder() {
    Random random = new Random(42);
    List<double[]> links = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      int i = random.nextInt(60);
      int j = random.nextInt(60);
      if (i != j) {
        links.add(new double[] {i, j, random.nextDouble()});
      }
    }
    List<double[]> reversed = new ArrayList<>(links);
    java.util.Collections.reverse(reversed);
    assertThat(sorted(linkage(60, links.toArray(double[][]::new)).run(0.4, 0.2)))
        .isEqualTo(sorted(linkage(60, reversed.toArray(double[][]::new)).run(0.4, 0.2)));
  }

  @Test
  void noItemsGiveNoGroups() {
    assertThat(new AverageLinkage(0).run(0.5, 0.1)).isEmpty();
  }

  private static AverageLinkage linkage(int n, double[][] links) {
    AverageLinkage linkage = new AverageLinkage(n);
    for (double[] l : links) {
      linkage.link((int) l[0], (int) l[1], l[2]);
    }
    return linkage;
  }

  private static List<List<Integer>> sorted(List<List<Integer>> groups) {
    List<List<Integer>> result = new ArrayList<>();
    for (List<Integer> g : groups) {
      result.add(g.stream().sorted().toList());
    }
    result.sort(Comparator.comparing((List<Integer> g) -> g.get(0)));
    return result;
  }
}
