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
import dev.crosscheck.text.Stopwords;
import dev.crosscheck.text.Tokenizer;
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
 * Builds a story's claims. Each factual sentence (not filler, not a heading) is split into atomic
 * clauses ({@link ClauseSplitter}: coordinated clauses, non-restrictive relative clauses; an
 * attribution stays with what it attributes and its speaker carries to the sentence's other
 * clauses); each clause is a statement, so support, independent counts and conflicts are counted
 * per fact. Statements matched by sentence alignment are one claim: inside a lineage group the
 * story's alignment is used; across groups, where independent outlets word things differently, a
 * looser alignment that must also share names, figures or days ({@link AnchorMatcher}). The clauses
 * of two aligned sentences are paired by content words, and a clause split from a longer sentence
 * is also matched on its own against independent reports ({@link ClauseMatcher}). A claim's text is
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

  /**
   * The least content-word overlap (Dice) pairing the clauses of two aligned sentences when one of
   * them was split into several clauses.
   */
  public static final double MIN_CLAUSE_PAIR_SCORE = 0.2;

  /**
   * The least content-word overlap (Dice) matching a clause split from a longer sentence with a
   * statement of an independent report, which must also share anchors.
   */
  public static final double CROSS_GROUP_CLAUSE_SCORE = 0.2;

  private final ClauseSplitter clauseSplitter = new ClauseSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceAligner crossGroupAligner = new SentenceAligner(CROSS_GROUP_MIN_SCORE);
  private final EntityRecognizer recognizer = new EntityRecognizer();

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
    Map<String, List<Statement>> bySentence = new HashMap<>();
    for (Statement st : statements.values()) {
      bySentence
          .computeIfAbsent(key(st.article(), st.sentence().index()), k -> new ArrayList<>())
          .add(st);
    }
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        ArticleProfile a = members.get(i);
        ArticleProfile b = members.get(j);
        boolean sameGroup = lineage.groupOf(a.id()) == lineage.groupOf(b.id());
        Alignment alignment =
            sameGroup ? table.get(a.id(), b.id()).alignment() : crossGroupAligner.align(a, b);
        Set<String> pairedA = new HashSet<>();
        Set<String> pairedB = new HashSet<>();
        for (AlignedPair pair : alignment.pairs()) {
          List<Statement> left = bySentence.getOrDefault(key(a.id(), pair.left()), List.of());
          List<Statement> right = bySentence.getOrDefault(key(b.id(), pair.right()), List.of());
          boolean light = pair.kind() != MatchKind.PARAPHRASE;
          for (Statement[] p : ClauseMatcher.pairs(left, right)) {
            if (sameGroup
                || pair.score() >= CROSS_GROUP_SAME_WORDING
                || anchors.matches(p[0].facts(), p[1].facts())) {
              // Clauses of split sentences rank by how alike they are, so that each pairs with
              // its own counterpart before a sibling clause can take its place in a claim.
              double score =
                  left.size() == 1 && right.size() == 1
                      ? pair.score()
                      : pair.score() * ClauseMatcher.dice(p[0], p[1]);
              link(links, degree, lightEdits, p[0], p[1], score, light);
              pairedA.add(p[0].key());
              pairedB.add(p[1].key());
            }
          }
        }
        if (!sameGroup) {
          for (Statement[] p :
              ClauseMatcher.crossGroup(a.id(), b.id(), statements, anchors, pairedA, pairedB)) {
            link(links, degree, lightEdits, p[0], p[1], ClauseMatcher.dice(p[0], p[1]), false);
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

  /** Records a link between two statements. */
  private static void link(
      List<Link> links,
      Map<String, Integer> degree,
      Map<String, Boolean> lightEdits,
      Statement a,
      Statement b,
      double score,
      boolean light) {
    String ka = a.key();
    String kb = b.key();
    links.add(new Link(ka, kb, score));
    degree.merge(ka, 1, Integer::sum);
    degree.merge(kb, 1, Integer::sum);
    lightEdits.put(ka + '\u0001' + kb, light);
    lightEdits.put(kb + '\u0001' + ka, light);
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
      Set<String> known =
          EntityRecognizer.knownNames(
              profile.article().sentences().stream().map(Sentence::text).toList());
      for (Sentence sentence : profile.article().sentences()) {
        if (fillerIndexes.contains(sentence.index()) || !isStatement(sentence)) {
          continue;
        }
        List<ClauseSplitter.Clause> clauses = clauseSplitter.split(sentence.text());
        for (int c = 0; c < clauses.size(); c++) {
          String text = clauses.get(c).text();
          List<String> tokens =
              c == 0 && clauses.size() == 1 ? sentence.tokens() : tokenizer.tokenize(text);
          Facts facts = Facts.of(text, tokens, published);
          Statement st =
              new Statement(
                  profile.id(),
                  group,
                  rank,
                  sentence,
                  c,
                  clauses.size() > 1,
                  text,
                  content(tokens),
                  facts);
          statements.put(st.key(), st);
          List<Mention> found = recognizer.recognize(text, known);
          mentions.put(st.key(), found);
          all.addAll(found);
        }
      }
    }
    // Names resolve across the whole story: "Rubio" in one article is "Marco Rubio" in another.
    EntitySlots slots = new EntitySlots(NameResolver.of(all));
    statements.replaceAll(
        (key, s) -> s.withFacts(slots.fill(s.facts(), s.text(), mentions.get(key))));
    inheritSpeakers(statements);
    return statements;
  }

  /**
   * Gives clauses that name no speaker the speaker of an earlier clause of their sentence ("X said
   * that A, and B": X says B too) or of a trailing attribution ("A, and B, officials said").
   */
  private static void inheritSpeakers(Map<String, Statement> statements) {
    String speaker = null;
    Statement previous = null;
    List<Statement> ordered = new ArrayList<>(statements.values());
    Map<String, String> trailing = new HashMap<>();
    for (Statement s : ordered) {
      if (s.split()
          && s.facts().speaker() != null
          && TRAILING_ATTRIBUTION.matcher(s.text()).find()) {
        trailing.put(key(s.article(), s.sentence().index()), s.facts().speaker());
      }
    }
    for (Statement s : ordered) {
      boolean sameSentence =
          previous != null
              && previous.article().equals(s.article())
              && previous.sentence().index() == s.sentence().index();
      if (!sameSentence) {
        speaker = null;
      }
      if (s.split() && s.facts().speaker() == null) {
        String inherited =
            speaker != null ? speaker : trailing.get(key(s.article(), s.sentence().index()));
        if (inherited != null) {
          statements.put(s.key(), withSpeaker(s, inherited));
        }
      }
      if (s.facts().speaker() != null) {
        speaker = s.facts().speaker();
      }
      previous = s;
    }
  }

  /** A clause ending in an attribution: ", port officials said on Tuesday." */
  private static final java.util.regex.Pattern TRAILING_ATTRIBUTION =
      java.util.regex.Pattern.compile(
          ",[^,]{1,60}\\b(?:said|says|told|added|reported|according to)\\b[^,]{0,40}[.!?]?$");

  private static Statement withSpeaker(Statement s, String speaker) {
    Facts f = s.facts();
    return s.withFacts(f.withEntities(f.names(), f.places(), speaker, f.personRoles()));
  }

  /** The content words of a statement: its tokens without stopwords. */
  private static Set<String> content(List<String> tokens) {
    Set<String> content = new HashSet<>();
    for (String t : tokens) {
      if (!Stopwords.isStopword(t)) {
        content.add(t);
      }
    }
    return content;
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
                    .thenComparingInt((Statement s) -> -degree.getOrDefault(s.key(), 0))
                    .thenComparingInt(s -> s.sentence().index())
                    .thenComparingInt(Statement::clause))
            .orElseThrow();
    String repKey = representative.key();
    Set<String> sources = new HashSet<>();
    Set<Integer> groups = new HashSet<>();
    Map<String, List<String>> variants = new LinkedHashMap<>();
    for (Statement s : cluster) {
      String k = s.key();
      boolean light = lightEdits.getOrDefault(k + '\u0001' + repKey, false);
      Optional<Discrepancy> discrepancy =
          s == representative
              ? Optional.empty()
              : Discrepancy.between(
                  representative.facts(), s.facts(), light, s.group() == representative.group());
      if (discrepancy.isPresent()) {
        variants.computeIfAbsent(clean(s.text()), t -> new ArrayList<>()).add(s.article());
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
            clean(representative.text()),
            sources.stream().sorted().toList(),
            groups.size(),
            status,
            conflicts);
    return new RankedClaim(
        claim,
        representative.groupRank(),
        representative.sentence().index() * MAX_CLAUSES + representative.clause());
  }

  /** The sentence without a list bullet. */
  private static String clean(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() || "-•*–".indexOf(stripped.charAt(0)) < 0
        ? stripped
        : BULLET.matcher(stripped).replaceFirst("");
  }

  private static final java.util.regex.Pattern BULLET =
      java.util.regex.Pattern.compile("^[-•*–]\\s+");

  private static String key(String article, int sentence) {
    return Statement.keyOf(article, sentence);
  }

  /** More clauses than any sentence has: orders claims by sentence, then clause. */
  private static final int MAX_CLAUSES = 1_000;
}
