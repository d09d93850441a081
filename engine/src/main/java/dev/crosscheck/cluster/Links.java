package dev.crosscheck.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The link graph of the store: weighted adjacency per article and its connected components
 * (union-find by size with path halving, members listed per root). A link removed ({@link #remove})
 * leaves its component whole until {@link #split} cuts it into what its links still join. Not
 * thread-safe.
 */
final class Links {
  /** Receives one link of an article. */
  interface LinkConsumer {
    void accept(int other, float score);
  }

  private int[] parent = new int[0];
  private final List<IntList> neighbours = new ArrayList<>();
  private final List<float[]> scores = new ArrayList<>();
  private final Map<Integer, IntList> members = new HashMap<>();

  /** Makes room for articles up to {@code size}, each alone at first. */
  void grow(int size) {
    int old = parent.length;
    if (size > old) {
      parent = Arrays.copyOf(parent, Math.max(size, old * 2));
      for (int i = old; i < parent.length; i++) {
        parent[i] = i;
      }
    }
    while (neighbours.size() < size) {
      neighbours.add(null);
      scores.add(null);
    }
  }

  void add(int a, int b, float score) {
    append(a, b, score);
    append(b, a, score);
    union(a, b);
  }

  /** Removes the link between {@code a} and {@code b}, if any; see {@link #split}. */
  void remove(int a, int b) {
    drop(a, b);
    drop(b, a);
  }

  /**
   * Cuts the component of {@code root} into the components its links now make (a breadth-first
   * search over its members), each rooted at its first member found, and returns their roots.
   */
  int[] split(int root) {
    int[] all = component(root);
    members.remove(root);
    for (int m : all) {
      parent[m] = -1;
    }
    IntList roots = new IntList();
    for (int start : all) {
      if (parent[start] != -1) {
        continue;
      }
      IntList found = single(start);
      parent[start] = start;
      // Links never leave a component, so every neighbour reached is one of its members.
      for (int i = 0; i < found.size(); i++) {
        forEach(
            found.get(i),
            (other, score) -> {
              if (parent[other] == -1) {
                parent[other] = start;
                found.add(other);
              }
            });
      }
      if (found.size() > 1) {
        members.put(start, found);
      }
      roots.add(start);
    }
    return roots.toArray();
  }

  void forEach(int article, LinkConsumer consumer) {
    IntList list = neighbours.get(article);
    if (list != null) {
      float[] weights = scores.get(article);
      for (int i = 0; i < list.size(); i++) {
        consumer.accept(list.get(i), weights[i]);
      }
    }
  }

  int root(int a) {
    int x = a;
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** The members of the component whose root is {@code root}. */
  int[] component(int root) {
    IntList list = members.get(root);
    return list == null ? new int[] {root} : list.toArray();
  }

  private void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb) {
      return;
    }
    IntList ma = members.computeIfAbsent(ra, r -> single(r));
    IntList mb = members.computeIfAbsent(rb, r -> single(r));
    if (ma.size() < mb.size() || (ma.size() == mb.size() && rb < ra)) {
      int t = ra;
      ra = rb;
      rb = t;
      IntList tl = ma;
      ma = mb;
      mb = tl;
    }
    parent[rb] = ra;
    for (int i = 0; i < mb.size(); i++) {
      ma.add(mb.get(i));
    }
    members.remove(rb);
  }

  private static IntList single(int r) {
    IntList list = new IntList(2);
    list.add(r);
    return list;
  }

  private void drop(int from, int to) {
    IntList list = neighbours.get(from);
    int at = list == null ? -1 : list.remove(to);
    if (at >= 0) {
      float[] weights = scores.get(from);
      System.arraycopy(weights, at + 1, weights, at, list.size() - at);
    }
  }

  private void append(int from, int to, float score) {
    IntList list = neighbours.get(from);
    if (list == null) {
      list = new IntList(2);
      neighbours.set(from, list);
      scores.set(from, new float[2]);
    }
    float[] weights = scores.get(from);
    if (list.size() == weights.length) {
      weights = Arrays.copyOf(weights, weights.length * 2);
      scores.set(from, weights);
    }
    weights[list.size()] = score;
    list.add(to);
  }
}
