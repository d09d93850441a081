package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LinksTest {
  private static List<Integer> neighbours(Links links, int article) {
    List<Integer> found = new ArrayList<>();
    links.forEach(article, (other, score) -> found.add(other));
    return found;
  }

  private static Set<Set<Integer>> components(Links links, int size) {
    Set<Set<Integer>> found = new java.util.HashSet<>();
    for (int a = 0; a < size; a++) {
      int[] members = links.component(links.root(a));
      Set<Integer> set = new TreeSet<>();
      Arrays.stream(members).forEach(set::add);
      assertThat(set).contains(a);
      found.add(set);
    }
    return found;
  }

  @Test
  void removingABridgeSplitsItsComponent() {
    Links links = new Links();
    links.grow(5);
    links.add(0, 1, 0.5f);
    links.add(1, 2, 0.6f);
    links.add(2, 0, 0.7f);
    links.add(2, 3, 0.8f);
    links.add(3, 4, 0.9f);
    int root = links.root(0);

    // A link of the cycle goes: the component stays whole.
    links.remove(0, 1);
    assertThat(links.split(root)).hasSize(1);
    assertThat(components(links, 5)).containsExactly(Set.of(0, 1, 2, 3, 4));

    links.remove(2, 3);
    int[] parts = links.split(links.root(0));
    assertThat(parts).hasSize(2);
    assertThat(components(links, 5)).containsExactlyInAnyOrder(Set.of(0, 1, 2), Set.of(3, 4));
    assertThat(neighbours(links, 2)).containsExactly(1, 0);
    List<Float> scores = new ArrayList<>();
    links.forEach(2, (other, score) -> scores.add(score));
    assertThat(scores).containsExactly(0.6f, 0.7f);

    // The parts join again like any component.
    links.add(4, 0, 0.3f);
    assertThat(components(links, 5)).containsExactly(Set.of(0, 1, 2, 3, 4));
  }

  @Test
  void removingEveryLinkLeavesSingletons() {
    Links links = new Links();
    links.grow(3);
    links.add(0, 1, 0.5f);
    links.add(1, 2, 0.5f);
    links.remove(1, 0);
    links.remove(2, 1);
    links.remove(2, 1);
    assertThat(links.split(links.root(1))).hasSize(3);
    assertThat(components(links, 3)).containsExactlyInAnyOrder(Set.of(0), Set.of(1), Set.of(2));
    assertThat(neighbours(links, 1)).isEmpty();
  }

  @Test
  void seededRandomRemovalsGiveTheComponentsOfTheLinksLeft() {
    Random random = new Random(11);
    int size = 60;
    Links links = new Links();
    links.grow(size);
    Set<List<Integer>> kept = new java.util.HashSet<>();
    for (int i = 0; i < 90; i++) {
      int a = random.nextInt(size);
      int b = random.nextInt(size);
      if (a != b && kept.add(List.of(Math.min(a, b), Math.max(a, b)))) {
        links.add(a, b, 0.5f);
      }
    }
    List<List<Integer>> all = new ArrayList<>(kept);
    all.sort(java.util.Comparator.comparing(Object::toString));
    java.util.Collections.shuffle(all, random);
    Set<Integer> roots = new TreeSet<>();
    for (List<Integer> pair : all.subList(0, 30)) {
      roots.add(links.root(pair.get(0)));
      links.remove(pair.get(0), pair.get(1));
      kept.remove(pair);
    }
    for (int root : roots) {
      links.split(root);
    }
    Links fresh = new Links();
    fresh.grow(size);
    kept.forEach(pair -> fresh.add(pair.get(0), pair.get(1), 0.5f));
    assertThat(components(links, size)).isEqualTo(components(fresh, size));
  }
}
