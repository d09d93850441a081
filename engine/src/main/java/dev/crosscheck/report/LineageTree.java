package dev.crosscheck.report;

import dev.crosscheck.model.ArticleResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lineage group as a tree: the original at the root and each article under the one it derives
 * from. An article whose source is outside the group (or missing, or part of a cycle) hangs under
 * the root, so every member appears exactly once.
 *
 * @param id the article id
 * @param depth distance from the root, from 0
 * @param children what derives from it, in group order
 */
record LineageTree(String id, int depth, List<LineageTree> children) {

  /** Deeper chains are flattened under their ancestor at this depth, keeping the page bounded. */
  static final int MAX_DEPTH = 12;

  LineageTree {
    children = List.copyOf(children);
  }

  /** The tree of a group whose first id is the original; null for an empty group. */
  static LineageTree of(List<String> group, ReportIndex index) {
    Set<String> members = new LinkedHashSet<>();
    for (String id : group) {
      if (id != null) {
        members.add(id);
      }
    }
    if (members.isEmpty()) {
      return null;
    }
    String root = members.iterator().next();
    Map<String, List<String>> childrenOf = new LinkedHashMap<>();
    for (String id : members) {
      childrenOf.put(id, new ArrayList<>());
    }
    for (String id : members) {
      if (!id.equals(root)) {
        childrenOf.get(parentOf(id, root, members, index)).add(id);
      }
    }
    Set<String> reached = new HashSet<>();
    collect(root, childrenOf, reached);
    // Members caught in a derivation cycle are unreachable from the root: hang them under it.
    for (String id : members) {
      if (!reached.contains(id)) {
        childrenOf.get(root).add(id);
        collect(id, childrenOf, reached);
      }
    }
    return build(root, 0, childrenOf, new HashSet<>());
  }

  /** The nodes in pre-order (a node before what derives from it). */
  List<LineageTree> preorder() {
    List<LineageTree> out = new ArrayList<>();
    Deque<LineageTree> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      LineageTree node = stack.pop();
      out.add(node);
      for (int i = node.children.size() - 1; i >= 0; i--) {
        stack.push(node.children.get(i));
      }
    }
    return out;
  }

  private static String parentOf(String id, String root, Set<String> members, ReportIndex index) {
    ArticleResult a = index.article(id);
    String from = a == null ? null : a.derivedFrom();
    return from != null && members.contains(from) && !from.equals(id) ? from : root;
  }

  private static void collect(
      String start, Map<String, List<String>> childrenOf, Set<String> seen) {
    Deque<String> stack = new ArrayDeque<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      String id = stack.pop();
      if (seen.add(id)) {
        childrenOf.get(id).forEach(stack::push);
      }
    }
  }

  private static LineageTree build(
      String id, int depth, Map<String, List<String>> childrenOf, Set<String> placed) {
    placed.add(id);
    List<LineageTree> kids = new ArrayList<>();
    if (depth + 1 >= MAX_DEPTH) {
      for (String d : descendants(id, childrenOf, placed)) {
        kids.add(new LineageTree(d, depth + 1, List.of()));
      }
      return new LineageTree(id, depth, kids);
    }
    for (String child : childrenOf.get(id)) {
      if (!placed.contains(child)) {
        kids.add(build(child, depth + 1, childrenOf, placed));
      }
    }
    return new LineageTree(id, depth, kids);
  }

  private static List<String> descendants(
      String id, Map<String, List<String>> childrenOf, Set<String> placed) {
    List<String> out = new ArrayList<>();
    Deque<String> stack = new ArrayDeque<>(childrenOf.get(id));
    while (!stack.isEmpty()) {
      String d = stack.pop();
      if (placed.add(d)) {
        out.add(d);
        childrenOf.get(d).forEach(stack::push);
      }
    }
    return out;
  }
}
