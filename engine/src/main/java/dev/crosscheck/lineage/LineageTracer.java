package dev.crosscheck.lineage;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Role;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.Comparison;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.MatchKind;
import dev.crosscheck.similarity.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Traces lineage inside a story. Articles whose sentence alignment shows derivation (see {@link
 * Relation#derived()}) form a lineage group; its original is the member published first when dates
 * tell, otherwise the one whose sentences the others reuse most and that adds the least filler (no
 * date is ever invented). Every other member hangs from the member it is most similar to, on a
 * maximum spanning tree grown from the original, and gets the kind of that derivation.
 */
public final class LineageTracer {
  /** Share of both sides matched exactly for a derivation to be a copy. */
  public static final double COPY_EXACT_SHARE = 0.85;

  /** Share of filler sentences from which a derivation counts as padded. */
  public static final double PADDED_FILLER_SHARE = 0.15;

  /** Length ratio (derived over parent) from which a derivation counts as padded. */
  public static final double PADDED_LENGTH_RATIO = 1.6;

  /**
   * Traces the lineage of one story.
   *
   * @param members the story's articles, profiled
   * @param table every pair of members compared
   * @param fillerCounts filler sentences per article id
   */
  public Lineage trace(
      List<ArticleProfile> members, ComparisonTable table, Map<String, Integer> fillerCounts) {
    List<ArticleProfile> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(ArticleProfile::id));
    Map<String, ArticleProfile> byId = new LinkedHashMap<>();
    sorted.forEach(p -> byId.put(p.id(), p));
    List<List<String>> components = derivationComponents(sorted, table);
    List<List<String>> groups = new ArrayList<>();
    Map<String, LineageNode> nodes = new HashMap<>();
    List<List<String>> ordered = new ArrayList<>();
    for (List<String> component : components) {
      String root = original(component, byId, table, fillerCounts);
      ordered.add(spanningTree(root, component, table, byId, fillerCounts, nodes));
    }
    ordered.sort(
        Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    for (List<String> group : ordered) {
      int index = groups.size();
      groups.add(group);
      for (String id : group) {
        LineageNode node = nodes.get(id);
        nodes.put(id, new LineageNode(id, node.role(), node.derivedFrom(), index));
      }
    }
    return new Lineage(groups, nodes);
  }

  private static List<List<String>> derivationComponents(
      List<ArticleProfile> sorted, ComparisonTable table) {
    Map<String, String> parent = new HashMap<>();
    sorted.forEach(p -> parent.put(p.id(), p.id()));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        String a = sorted.get(i).id();
        String b = sorted.get(j).id();
        if (derived(table.get(a, b))) {
          parent.put(find(parent, a), find(parent, b));
        }
      }
    }
    Map<String, List<String>> components = new LinkedHashMap<>();
    for (ArticleProfile p : sorted) {
      components.computeIfAbsent(find(parent, p.id()), k -> new ArrayList<>()).add(p.id());
    }
    return new ArrayList<>(components.values());
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(id, root);
    return root;
  }

  /**
   * Whether one article derives from the other: the pair comparison says so, or nearly every
   * sentence of the shorter one is found, unchanged or lightly edited, in the other in any order (a
   * copy with its paragraphs moved around).
   */
  static boolean derived(Comparison comparison) {
    if (comparison.relation().derived()) {
      return true;
    }
    var alignment = comparison.alignment();
    int smaller = Math.min(alignment.leftSentences(), alignment.rightSentences());
    long light = alignment.count(MatchKind.EXACT) + alignment.count(MatchKind.NEAR);
    return smaller >= MIN_REORDERED_SENTENCES && light >= COPY_EXACT_SHARE * smaller;
  }

  /** Fewest sentences of a copy whose order is not kept for it to count as derived. */
  public static final int MIN_REORDERED_SENTENCES = 3;

  /** The member most likely to be the first report of a group. */
  private static String original(
      List<String> group,
      Map<String, ArticleProfile> byId,
      ComparisonTable table,
      Map<String, Integer> fillerCounts) {
    Optional<LocalDate> earliest =
        group.stream()
            .map(id -> byId.get(id).article().article().publishedDate())
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    Comparator<String> byEvidence =
        Comparator.<String, Boolean>comparing(
                id -> !isEarliest(byId.get(id).article().article(), earliest))
            .thenComparingDouble(id -> fillerShare(byId.get(id), fillerCounts))
            .thenComparingDouble(id -> -reuse(id, group, table))
            .thenComparingInt(id -> byId.get(id).article().sentences().size())
            .thenComparing(id -> id);
    return group.stream().min(byEvidence).orElseThrow();
  }

  private static boolean isEarliest(Article article, Optional<LocalDate> earliest) {
    return earliest.isPresent() && article.publishedDate().equals(earliest);
  }

  /** How much of the other members' text is matched by {@code id}: mean coverage of each other. */
  private static double reuse(String id, List<String> group, ComparisonTable table) {
    double sum = 0;
    for (String other : group) {
      if (!other.equals(id)) {
        sum += table.get(other, id).alignment().leftCoverage();
      }
    }
    return group.size() <= 1 ? 0 : sum / (group.size() - 1);
  }

  private static double fillerShare(ArticleProfile profile, Map<String, Integer> fillerCounts) {
    int sentences = profile.article().sentences().size();
    return sentences == 0 ? 0 : (double) fillerCounts.getOrDefault(profile.id(), 0) / sentences;
  }

  /**
   * How much more similar a deeper parent must be than a shallower one to be preferred: an article
   * close to both the original and a copy of it derives from the original.
   */
  public static final double DEPTH_MARGIN = 0.05;

  /** Prim's algorithm from the original over alignment similarity; fills nodes, returns order. */
  private static List<String> spanningTree(
      String root,
      List<String> group,
      ComparisonTable table,
      Map<String, ArticleProfile> byId,
      Map<String, Integer> fillerCounts,
      Map<String, LineageNode> nodes) {
    List<String> order = new ArrayList<>(List.of(root));
    Role rootRole = group.size() == 1 ? Role.INDEPENDENT : Role.ORIGINAL;
    nodes.put(root, new LineageNode(root, rootRole, null, -1));
    Set<String> inTree = new HashSet<>(order);
    Map<String, Integer> depth = new HashMap<>(Map.of(root, 0));
    while (inTree.size() < group.size()) {
      String bestChild = null;
      String bestParent = null;
      double best = -1;
      for (String child : group) {
        if (inTree.contains(child)) {
          continue;
        }
        for (String parent : order) {
          Comparison c = table.get(child, parent);
          double score =
              (derived(c) ? 1 + c.similarity() : c.similarity()) - DEPTH_MARGIN * depth.get(parent);
          if (score > best) {
            best = score;
            bestChild = child;
            bestParent = parent;
          }
        }
      }
      Role role =
          role(
              byId.get(bestChild),
              byId.get(bestParent),
              table.get(bestChild, bestParent),
              fillerCounts);
      nodes.put(bestChild, new LineageNode(bestChild, role, bestParent, -1));
      order.add(bestChild);
      inTree.add(bestChild);
      depth.put(bestChild, depth.get(bestParent) + 1);
    }
    return order;
  }

  /** The kind of derivation of {@code child} from {@code parent}. */
  static Role role(
      ArticleProfile child,
      ArticleProfile parent,
      Comparison comparison,
      Map<String, Integer> fillerCounts) {
    String childLanguage = child.article().article().language();
    String parentLanguage = parent.article().article().language();
    if (childLanguage != null
        && parentLanguage != null
        && !Objects.equals(childLanguage, parentLanguage)) {
      return Role.TRANSLATION;
    }
    var alignment = comparison.alignment();
    double exactLeft =
        alignment.leftSentences() == 0
            ? 0
            : (double) alignment.count(MatchKind.EXACT) / alignment.leftSentences();
    double exactRight =
        alignment.rightSentences() == 0
            ? 0
            : (double) alignment.count(MatchKind.EXACT) / alignment.rightSentences();
    if (comparison.relation() == Relation.DUPLICATE
        || Math.min(exactLeft, exactRight) >= COPY_EXACT_SHARE) {
      return Role.COPY;
    }
    double childFiller = fillerShare(child, fillerCounts);
    double parentFiller = fillerShare(parent, fillerCounts);
    double lengthRatio =
        (double) child.article().sentences().size()
            / Math.max(1, parent.article().sentences().size());
    if (childFiller - parentFiller >= PADDED_FILLER_SHARE || lengthRatio >= PADDED_LENGTH_RATIO) {
      return Role.PADDED;
    }
    return Role.REWRITE;
  }
}
