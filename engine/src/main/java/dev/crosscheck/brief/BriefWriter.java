package dev.crosscheck.brief;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a story's brief: an extractive multi-document summary over the statements behind the
 * story's claims. Every sentence of every article that states something (not filler, not a
 * fragment) is a candidate, standing for the claim it was aligned into. A candidate scores by its
 * claim's independent sources, its centrality (the share of the other articles using its content
 * words, SumBasic-like, Nenkova and Vanderwende 2005), the share of its words in the story's
 * headlines and its position (news leads carry the event). Sentences are then taken greedily
 * (maximal marginal relevance, Carbonell and Goldstein 1998): at most one statement per claim, none
 * repeating one already taken (word overlap of at least {@link #MAX_OVERLAP}), and sentences from
 * reports already cited lose {@link #COVERED_PENALTY}. A sentence of a contradicted claim may be
 * taken — the conflict is listed beside the brief — but it cites only that claim's sources. The
 * brief has as many sentences as the story has lineage groups, within [{@link #MIN_SENTENCES},
 * {@link #DEFAULT_MAX_SENTENCES}]. The weights were tuned on the AllSides training stories and
 * checked on the validation stories ({@code eval briefs}).
 */
public final class BriefWriter {
  /** The most sentences of a brief. */
  public static final int DEFAULT_MAX_SENTENCES = 5;

  private static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+");

  /** The fewest sentences of a brief, when the story has that many statements. */
  public static final int MIN_SENTENCES = 3;

  /** Jaccard word overlap from which a sentence repeats one already in the brief. */
  public static final double MAX_OVERLAP = 0.5;

  /** Shorter sentences say too little for a brief. */
  public static final int MIN_TOKENS = 6;

  /** Sentences without final punctuation state something only from this length on. */
  public static final int MIN_UNTERMINATED_TOKENS = 12;

  /** Weight of each independent source of a sentence's claim. */
  public static final double INDEPENDENT_WEIGHT = 1.0;

  /** Weight of centrality, in [0, 1]. */
  public static final double CENTRALITY_WEIGHT = 1.0;

  /** Weight of the share of words the story's headlines use, in [0, 1]. */
  public static final double HEADLINE_WEIGHT = 1.0;

  /** Weight of position: the lead sentence gets all of it, the n-th sentence 1/n of it. */
  public static final double LEAD_WEIGHT = 0.6;

  /**
   * Penalty for a sentence whose sources are already cited (times the cited share): a brief should
   * let every report speak before repeating one.
   */
  public static final double COVERED_PENALTY = 0.5;

  private final Tokenizer tokenizer = new Tokenizer();
  private final FillerDetector fillerDetector = new FillerDetector();
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

  /** One sentence that may go into the brief. */
  private record Candidate(
      String article,
      int index,
      String text,
      Set<String> words,
      int claim,
      List<String> sources,
      int independent,
      double score) {}

  /**
   * The brief of a story.
   *
   * @param claims the story's claims
   * @param articles the story's articles, whose sentences are the candidates
   * @param lineageGroups how many lineage groups the story has
   */
  public List<BriefSentence> write(
      List<Claim> claims, List<AnalyzedArticle> articles, int lineageGroups) {
    return write(claims, articles, lineageGroups, Map.of());
  }

  /**
   * The brief of a story whose filler sentences are known already.
   *
   * @param claims the story's claims
   * @param articles the story's articles, whose sentences are the candidates
   * @param lineageGroups how many lineage groups the story has
   * @param filler the filler sentence indexes of articles, by id, as {@link
   *     FillerDetector#isFiller} finds them on each sentence's text and tokens; articles missing
   *     are checked here
   */
  public List<BriefSentence> write(
      List<Claim> claims,
      List<AnalyzedArticle> articles,
      int lineageGroups,
      Map<String, Set<Integer>> filler) {
    int length =
        Math.max(Math.min(MIN_SENTENCES, maxSentences), Math.min(lineageGroups, maxSentences));
    List<Candidate> candidates = candidates(claims, articles, filler);
    List<BriefSentence> brief = new ArrayList<>();
    List<Set<String>> taken = new ArrayList<>();
    Set<Integer> takenClaims = new HashSet<>();
    Set<String> cited = new HashSet<>();
    while (brief.size() < length) {
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        boolean repeats =
            (c.claim() >= 0 && takenClaims.contains(c.claim()))
                || taken.stream().anyMatch(t -> jaccard(t, c.words()) >= MAX_OVERLAP);
        double score = c.score() - COVERED_PENALTY * coveredShare(c.sources(), cited);
        if (!repeats && score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      candidates.remove(best);
      taken.add(best.words());
      takenClaims.add(best.claim());
      cited.addAll(best.sources());
      brief.add(new BriefSentence(best.text(), best.sources(), best.independent()));
    }
    return brief;
  }

  private static double coveredShare(List<String> sources, Set<String> cited) {
    long covered = sources.stream().filter(cited::contains).count();
    return sources.isEmpty() ? 0 : (double) covered / sources.size();
  }

  /** The candidates, best first. */
  private List<Candidate> candidates(
      List<Claim> claims, List<AnalyzedArticle> articles, Map<String, Set<Integer>> filler) {
    Map<String, Integer> claimOf = statements(claims, articles);
    StoryVocabulary vocabulary = new StoryVocabulary(articles, tokenizer);
    List<Candidate> candidates = new ArrayList<>();
    for (AnalyzedArticle article : articles) {
      Set<Integer> known = filler.get(article.id());
      for (Sentence s : article.sentences()) {
        boolean states =
            known == null
                ? statesSomething(s.text(), s.tokens())
                : !known.contains(s.index()) && statesSomething(s.text(), s.tokens(), false);
        if (!states) {
          continue;
        }
        Integer claimIndex = claimOf.get(key(article.id(), s.index()));
        Claim claim = claimIndex == null ? null : claims.get(claimIndex);
        Set<String> content = StoryVocabulary.content(s.tokens());
        double score =
            INDEPENDENT_WEIGHT * (claim == null ? 1 : claim.independentSources())
                + CENTRALITY_WEIGHT * vocabulary.centrality(content)
                + HEADLINE_WEIGHT * vocabulary.headlineShare(content)
                + LEAD_WEIGHT / (1 + s.index());
        candidates.add(
            new Candidate(
                article.id(),
                s.index(),
                clean(s.text()),
                new HashSet<>(s.tokens()),
                claimIndex == null ? -1 : claimIndex,
                claim == null ? List.of(article.id()) : claim.sources(),
                claim == null ? 1 : claim.independentSources(),
                score));
      }
    }
    Set<Integer> stated = new HashSet<>(claimOf.values());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      List<String> tokens = tokenizer.tokenize(claim.text());
      // A claim none of the given articles states (they were not passed) speaks for itself.
      if (!stated.contains(i) && statesSomething(claim.text(), tokens)) {
        Set<String> content = StoryVocabulary.content(tokens);
        double score =
            INDEPENDENT_WEIGHT * claim.independentSources()
                + CENTRALITY_WEIGHT * vocabulary.centrality(content)
                + HEADLINE_WEIGHT * vocabulary.headlineShare(content);
        candidates.add(
            new Candidate(
                "",
                i,
                clean(claim.text()),
                new HashSet<>(tokens),
                i,
                claim.sources(),
                claim.independentSources(),
                score));
      }
    }
    // Ties by article id and position: the brief must not depend on the order of the input.
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Candidate::article)
            .thenComparingInt(Candidate::index));
    return candidates;
  }

  /** A sentence long enough to state something, ended like a sentence or long, not filler. */
  private boolean statesSomething(String sentence, List<String> tokens) {
    return statesSomething(sentence, tokens, true);
  }

  /** As above, with the filler check left out when {@code checkFiller} is false (done already). */
  private boolean statesSomething(String sentence, List<String> tokens, boolean checkFiller) {
    String text = sentence.strip();
    if (new HashSet<>(tokens).size() < MIN_TOKENS || text.isEmpty()) {
      return false;
    }
    boolean terminated = ".!?\"”'’)".indexOf(text.charAt(text.length() - 1)) >= 0;
    return (terminated || tokens.size() >= MIN_UNTERMINATED_TOKENS)
        && !(checkFiller && fillerDetector.isFiller(sentence, tokens));
  }

  /**
   * Which claim each sentence states, keyed by article and sentence index. A claim carries one text
   * and its sources; in each source, its statement is the sentence with that text, else the one
   * sharing the most content words with it. A sentence claimed twice goes to the closer claim.
   */
  private Map<String, Integer> statements(List<Claim> claims, List<AnalyzedArticle> articles) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<String, Integer> claimOf = new HashMap<>();
    Map<String, Double> closeness = new HashMap<>();
    // Each article's sentences are compared with every claim it is a source of: cleaned and
    // reduced to content words once.
    Map<String, SentenceWords> wordsOf = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String text = clean(claim.text());
      Set<String> words = StoryVocabulary.content(tokenizer.tokenize(claim.text()));
      for (String source : claim.sources()) {
        AnalyzedArticle article = byId.get(source);
        if (article == null) {
          continue;
        }
        SentenceWords sentences = wordsOf.computeIfAbsent(source, id -> SentenceWords.of(article));
        Sentence best = null;
        double bestScore = 0;
        for (int k = 0; k < sentences.texts().length; k++) {
          double score =
              sentences.texts()[k].equals(text) ? 2 : jaccard(words, sentences.content().get(k));
          if (score > bestScore) {
            best = article.sentences().get(k);
            bestScore = score;
          }
        }
        String key = best == null ? null : key(source, best.index());
        if (key != null && bestScore > closeness.getOrDefault(key, 0.0)) {
          closeness.put(key, bestScore);
          claimOf.put(key, i);
        }
      }
    }
    return claimOf;
  }

  /** An article's sentences cleaned and reduced to their content words, in order. */
  private record SentenceWords(String[] texts, List<Set<String>> content) {
    static SentenceWords of(AnalyzedArticle article) {
      List<Sentence> sentences = article.sentences();
      String[] texts = new String[sentences.size()];
      List<Set<String>> content = new ArrayList<>(sentences.size());
      for (int k = 0; k < texts.length; k++) {
        texts[k] = clean(sentences.get(k).text());
        content.add(StoryVocabulary.content(sentences.get(k).tokens()));
      }
      return new SentenceWords(texts, content);
    }
  }

  private static String key(String article, int sentence) {
    return article + '\u0001' + sentence;
  }

  /** The sentence without surrounding space or a list bullet. */
  private static String clean(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() || "-•*–".indexOf(stripped.charAt(0)) < 0
        ? stripped
        : BULLET.matcher(stripped).replaceFirst("");
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    // Counted, not built: two sets per pair of sentences were most of the brief's cost.
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String word : small) {
      if (large.contains(word)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
