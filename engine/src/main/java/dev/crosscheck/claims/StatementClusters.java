package dev.crosscheck.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Union-find over statements that keeps at most one statement per article in a cluster: a union
 * that would put two sentences of one article into one claim is refused. Links are offered best
 * first, so each article's best-matching sentence wins and weak links cannot chain unrelated
 * sentences together.
 */
final class StatementClusters {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Set<String>> articles = new HashMap<>();

  StatementClusters(Collection<String> statements, Function<String, String> articleOf) {
    for (String s : statements) {
      parent.put(s, s);
      articles.put(s, new HashSet<>(Set.of(articleOf.apply(s))));
    }
  }

  /** The root of a statement's cluster. */
  String find(String statement) {
    String root = statement;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(statement, root);
    return root;
  }

  /** Joins the clusters of two statements unless they share an article; true when joined. */
  boolean union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return false;
    }
    Set<String> articlesA = articles.get(ra);
    Set<String> articlesB = articles.get(rb);
    for (String article : articlesB) {
      if (articlesA.contains(article)) {
        return false;
      }
    }
    // The smaller key becomes the root, so the partition does not depend on link order ties.
    String root = ra.compareTo(rb) < 0 ? ra : rb;
    String child = root.equals(ra) ? rb : ra;
    parent.put(child, root);
    articles.get(root).addAll(articles.remove(child));
    return true;
  }
}
