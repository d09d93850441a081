package dev.crosscheck.claims;

import dev.crosscheck.entities.EntityRecognizer;
import dev.crosscheck.entities.Mention;
import dev.crosscheck.entities.NameResolver;
import dev.crosscheck.lineage.Lineage;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.similarity.AlignedPair;
import dev.crosscheck.similarity.Alignment;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.MatchKind;
import dev.crosscheck.similarity.SentenceAligner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a story's claims. Each factual sentence (not filler, not a heading) is a statement;
 * statements matched by sentence alignment are one claim. Inside a lineage group the story's
 * alignment is used; across groups, where independent outlets word things differently, a looser
 * alignment that must also share names, figures or days ({@link AnchorMatcher}). A claim's text is
 * its most-matched statement (the original's, on ties); statements that change a figure, day, role,
 * negation or quote are its conflicts.
 */
public final class ClaimBuilder {
  /** The least sentence score matching statements of independent groups. */
  public static final double CROSS_GROUP_MIN_SCORE = 0.35;

  /**
   * The sentence score from which statements of independent groups match without shared anchors:
   * nearly the same wording (one figure changed is still the same statement).
   */
  public static final double CROSS_GROUP_SAME_WORDING = 0.7;

  private final SentenceAligner crossGroupAligner = new SentenceAligner(CROSS_GROUP_MIN_SCORE);
  private final EntityRecognizer recognizer = new EntityRecognizer();

  /** One sentence of one article, with its facts. */
  private record Statement(
      String article, int group, int groupRank, Sentence sentence, Facts facts) {}

  /**
   * The claims of a story, best supported first.
   *
   * @param members the story's articles
   * @param table every pair of members compared
   * @param lineage the story's lineage
   * @param filler the filler sentence indexes of each article
   */
  public List<Claim> build(
      List<ArticleProfile> members,
      ComparisonTable table,
      Lineage lineage,
      Map<String, Set<Integer>> filler) {
    return analyze(members, table, lineage, filler).claims();
  }

  /**
   * The claims of a story, best supported first, with the sentences that state a claim only one
   * lineage group carries (see {@link StoryClaims#unsupported()}).
   *
   * @param members the story's articles
   * @param table every pair of members compared
   * @param lineage the story's lineage
   * @param filler the filler sentence indexes of each article
   */
  public StoryClaims analyze(
      List<ArticleProfile> members,
      ComparisonTable table,
      Lineage lineage,
      Map<String, Set<Integer>> filler) {
    Map<String, Statement> statements = statements(members, lineage, filler);
    AnchorMatcher anchors =
        new AnchorMatcher(statements.values().stream().map(Statement::facts).toList());
    Map<String, Integer> degree = new HashMap<>();
    Map<String, Boolean> lightEdits = new HashMap<>();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        ArticleProfile a = members.get(i);
        ArticleProfile b = members.get(j);
        boolean sameGroup = lineage.groupOf(a.id()) == lineage.groupOf(b.id());
        Alignment alignment =
            sameGroup ? table.get(a.id(), b.id()).alignment() : crossGroupAligner.align(a, b);
        for (AlignedPair pair : alignment.pairs()) {
          String ka = key(a.id(), pair.left());
          String kb = key(b.id(), pair.right());
          if (statements.containsKey(ka)
              && statements.containsKey(kb)
              && (sameGroup
                  || pair.score() >= CROSS_GROUP_SAME_WORDING
                  || anchors.matches(statements.get(ka).facts(), statements.get(kb).facts()))) {
            links.add(new Link(ka, kb, pair.score()));
            degree.merge(ka, 1, Integer::sum);
            degree.merge(kb, 1, Integer::sum);
            lightEdits.put(ka + '\u0001' + kb, pair.kind() != MatchKind.PARAPHRASE);
            lightEdits.put(kb + '\u0001' + ka, pair.kind() != MatchKind.PARAPHRASE);
          }
        }
      }
    }
    StatementClusters merged =
        new StatementClusters(statements.keySet(), s -> statements.get(s).article());
    links.sort(
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    links.forEach(link -> merged.union(link.a(), link.b()));
    Map<String, List<Statement>> clusters = new LinkedHashMap<>();
    for (String key : statements.keySet()) {
      clusters.computeIfAbsent(merged.find(key), k -> new ArrayList<>()).add(statements.get(key));
    }
    List<RankedClaim> claims = new ArrayList<>();
    for (List<Statement> cluster : clusters.values()) {
      claims.add(claim(cluster, degree, lightEdits));
    }
    claims.sort(
        Comparator.comparingInt((RankedClaim c) -> -c.claim().independentSources())
            .thenComparingInt(c -> -c.claim().sources().size())
            .thenComparingInt(RankedClaim::groupRank)
            .thenComparingInt(RankedClaim::position)
            .thenComparing(c -> c.claim().text()));
    return new StoryClaims(
        claims.stream().map(RankedClaim::claim).toList(),
        unsupported(clusters.values(), lineage.groups().size()));
  }

  /** Each article's sentences whose claim no other lineage group states, in any version. */
  private static Map<String, SortedSet<Integer>> unsupported(
      Collection<List<Statement>> clusters, int groups) {
    Map<String, SortedSet<Integer>> marks = new TreeMap<>();
    if (groups < 2) {
      return marks;
    }
    for (List<Statement> cluster : clusters) {
      if (cluster.stream().map(Statement::group).distinct().count() == 1) {
        for (Statement s : cluster) {
          marks.computeIfAbsent(s.article(), a -> new TreeSet<>()).add(s.sentence().index());
        }
      }
    }
    return marks;
  }

  private record RankedClaim(Claim claim, int groupRank, int position) {}

  /** Two statements matched by alignment, with the sentence score. */
  private record Link(String a, String b, double score) {}

  private Map<String, Statement> statements(
      List<ArticleProfile> members, Lineage lineage, Map<String, Set<Integer>> filler) {
    Map<String, Statement> statements = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new HashMap<>();
    List<Mention> all = new ArrayList<>();
    List<ArticleProfile> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(ArticleProfile::id));
    for (ArticleProfile profile : sorted) {
      int group = lineage.groupOf(profile.id());
      int rank = lineage.groups().get(group).indexOf(profile.id());
      var published = profile.article().article().publishedDate();
      Set<Integer> fillerIndexes = filler.getOrDefault(profile.id(), Set.of());
      Set<String> known = EntitySlots.knownNames(profile.article().sentences());
      for (Sentence sentence : profile.article().sentences()) {
        if (!fillerIndexes.contains(sentence.index()) && isStatement(sentence)) {
          Facts facts = Facts.of(sentence.text(), sentence.tokens(), published);
          String key = key(profile.id(), sentence.index());
          statements.put(key, new Statement(profile.id(), group, rank, sentence, facts));
          List<Mention> found = recognizer.recognize(sentence.text(), known);
          mentions.put(key, found);
          all.addAll(found);
        }
      }
    }
    // Names resolve across the whole story: "Rubio" in one article is "Marco Rubio" in another.
    EntitySlots slots = new EntitySlots(NameResolver.of(all));
    statements.replaceAll(
        (key, s) ->
            new Statement(
                s.article(),
                s.group(),
                s.groupRank(),
                s.sentence(),
                slots.fill(s.facts(), s.sentence().text(), mentions.get(key))));
    return statements;
  }

  /** A sentence long enough to state something, not a heading. */
  static boolean isStatement(Sentence sentence) {
    if (sentence.tokens().size() < SentenceAligner.MIN_TOKENS) {
      return false;
    }
    String text = sentence.text().strip();
    char last = text.charAt(text.length() - 1);
    boolean terminated = ".!?\"”'’)".indexOf(last) >= 0;
    return terminated || sentence.tokens().size() >= 12;
  }

  private static RankedClaim claim(
      List<Statement> cluster, Map<String, Integer> degree, Map<String, Boolean> lightEdits) {
    // The original's wording of the largest group speaks for the claim; within an article's
    // group rank, the most-matched sentence.
    Statement representative =
        cluster.stream()
            .min(
                Comparator.comparingInt(Statement::group)
                    .thenComparingInt(Statement::groupRank)
                    .thenComparingInt(
                        (Statement s) ->
                            -degree.getOrDefault(key(s.article(), s.sentence().index()), 0))
                    .thenComparingInt(s -> s.sentence().index()))
            .orElseThrow();
    String repKey = key(representative.article(), representative.sentence().index());
    Set<String> sources = new HashSet<>();
    Set<Integer> groups = new HashSet<>();
    Map<String, List<String>> variants = new LinkedHashMap<>();
    for (Statement s : cluster) {
      String k = key(s.article(), s.sentence().index());
      boolean light = lightEdits.getOrDefault(k + '\u0001' + repKey, false);
      Optional<Discrepancy> discrepancy =
          s == representative
              ? Optional.empty()
              : Discrepancy.between(
                  representative.facts(), s.facts(), light, s.group() == representative.group());
      if (discrepancy.isPresent()) {
        variants
            .computeIfAbsent(clean(s.sentence().text()), t -> new ArrayList<>())
            .add(s.article());
      } else {
        sources.add(s.article());
        groups.add(s.group());
      }
    }
    List<Conflict> conflicts =
        variants.entrySet().stream()
            .map(e -> new Conflict(e.getKey(), e.getValue().stream().distinct().sorted().toList()))
            .toList();
    ClaimStatus status =
        !conflicts.isEmpty()
            ? ClaimStatus.CONTRADICTED
            : groups.size() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
    Claim claim =
        new Claim(
            clean(representative.sentence().text()),
            sources.stream().sorted().toList(),
            groups.size(),
            status,
            conflicts);
    return new RankedClaim(claim, representative.groupRank(), representative.sentence().index());
  }

  /** The sentence without a list bullet. */
  private static String clean(String text) {
    return text.strip().replaceFirst("^[-•*–]\\s+", "");
  }

  private static String key(String article, int sentence) {
    return article + '\u0000' + sentence;
  }
}
