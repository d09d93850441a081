package dev.crosscheck.lineage;

import java.util.List;
import java.util.Map;

/**
 * The lineage of one story.
 *
 * @param groups lineage groups, each the original first then the articles derived from it (in tree
 *     order); groups ordered by size, then by original id
 * @param nodes each article's role and parent, by id
 */
public record Lineage(List<List<String>> groups, Map<String, LineageNode> nodes) {
  public Lineage {
    groups = groups.stream().map(List::copyOf).toList();
    nodes = Map.copyOf(nodes);
  }

  /** The group index of an article. */
  public int groupOf(String id) {
    return nodes.get(id).group();
  }
}
