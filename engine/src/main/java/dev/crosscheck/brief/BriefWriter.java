package dev.crosscheck.brief;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.Stopwords;
import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a story's brief: an extractive multi-document summary over the story's claims. A claim
 * ranks by its independent sources first, then by centrality — the share of the story's other
 * articles that use its content words (SumBasic-like, Nenkova and Vanderwende 2005) — plus a bonus
 * for sentences early in their article (news leads carry the event). Contradicted claims, claims
 * repeating one already taken (word overlap of at least {@link #MAX_OVERLAP}) and short fragments
 * are skipped; filler never reaches the brief because it never becomes a claim. The brief has as
 * many sentences as the story has lineage groups, within [{@link #MIN_SENTENCES}, {@link
 * #DEFAULT_MAX_SENTENCES}].
 */
public final class BriefWriter {
  /** The most sentences of a brief. */
  public static final int DEFAULT_MAX_SENTENCES = 5;

  /** The fewest sentences of a brief, when the story has that many claims. */
  public static final int MIN_SENTENCES = 3;

  /** Jaccard word overlap from which a sentence repeats one already in the brief. */
  public static final double MAX_OVERLAP = 0.5;

  /** Shorter sentences say too little for a brief. */
  public static final int MIN_TOKENS = 6;

  /**
   * Penalty for a sentence whose sources are already cited (times the cited share): a brief should
   * let every report speak before repeating one (maximal marginal relevance, Carbonell and
   * Goldstein 1998).
   */
  public static final double COVERED_PENALTY = 1.0;

  /** Weight of a sentence's position: the lead sentence gets all of it, later ones less. */
  public static final double LEAD_WEIGHT = 0.3;

  private final Tokenizer tokenizer = new Tokenizer();
  private final int maxSentences;

  public BriefWriter() {
    this(DEFAULT_MAX_SENTENCES);
  }

  /**
   * @param maxSentences the most sentences of a brief, at least 1
   */
  public BriefWriter(int maxSentences) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences (" + maxSentences + ") must be >= 1");
    }
    this.maxSentences = maxSentences;
  }

  /**
   * The brief of a story.
   *
   * @param claims the story's claims
   * @param articles the story's articles, for centrality and positions
   * @param lineageGroups how many lineage groups the story has
   */
  public List<BriefSentence> write(
      List<Claim> claims, List<AnalyzedArticle> articles, int lineageGroups) {
    int length =
        Math.max(Math.min(MIN_SENTENCES, maxSentences), Math.min(lineageGroups, maxSentences));
    Map<String, Integer> documentFrequency = documentFrequency(articles);
    Map<String, Double> positions = positions(articles);
    int others = Math.max(1, articles.size() - 1);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      Set<String> words = new HashSet<>(tokenizer.tokenize(claim.text()));
      if (claim.status() == ClaimStatus.CONTRADICTED || words.size() < MIN_TOKENS) {
        continue;
      }
      double central = centrality(words, documentFrequency, others);
      double lead = LEAD_WEIGHT * (1 - positions.getOrDefault(claim.text(), 1.0));
      candidates.add(new Candidate(claim, words, claim.independentSources() + central + lead, i));
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::rank));
    List<BriefSentence> brief = new ArrayList<>();
    List<Set<String>> taken = new ArrayList<>();
    Set<String> cited = new HashSet<>();
    while (brief.size() < length) {
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        if (taken.stream().anyMatch(t -> jaccard(t, c.words()) >= MAX_OVERLAP)) {
          continue;
        }
        double score = c.score() - COVERED_PENALTY * coveredShare(c.claim().sources(), cited);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      candidates.remove(best);
      taken.add(best.words());
      cited.addAll(best.claim().sources());
      Claim claim = best.claim();
      brief.add(new BriefSentence(claim.text(), claim.sources(), claim.independentSources()));
    }
    return brief;
  }

  private static double coveredShare(List<String> sources, Set<String> cited) {
    long covered = sources.stream().filter(cited::contains).count();
    return sources.isEmpty() ? 0 : (double) covered / sources.size();
  }

  private record Candidate(Claim claim, Set<String> words, double score, int rank) {}

  /** Mean share of the other articles that use each content word, in [0, 1]. */
  private static double centrality(Set<String> words, Map<String, Integer> df, int others) {
    double sum = 0;
    int content = 0;
    for (String word : words) {
      if (!Stopwords.isStopword(word)) {
        content++;
        sum += Math.max(0, df.getOrDefault(word, 1) - 1) / (double) others;
      }
    }
    return content == 0 ? 0 : sum / content;
  }

  private static Map<String, Integer> documentFrequency(List<AnalyzedArticle> articles) {
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle article : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : article.sentences()) {
        seen.addAll(s.tokens());
      }
      seen.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    return df;
  }

  /** Each sentence's earliest relative position (0 = lead, towards 1 = end) in any article. */
  private static Map<String, Double> positions(List<AnalyzedArticle> articles) {
    Map<String, Double> positions = new HashMap<>();
    for (AnalyzedArticle article : articles) {
      int n = article.sentences().size();
      for (Sentence s : article.sentences()) {
        double position = n <= 1 ? 0 : (double) s.index() / (n - 1);
        positions.merge(s.text().strip().replaceFirst("^[-•*–]\\s+", ""), position, Math::min);
      }
    }
    return positions;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return union.isEmpty() ? 0 : (double) shared.size() / union.size();
  }
}
