package dev.crosscheck.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns the sentences of two articles one-to-one: every pair scoring at least {@link #minScore()}
 * is a candidate, and the best-scoring candidates are taken greedily, each sentence at most once
 * (ties broken by position, so the result is deterministic). Order is not forced, but measured:
 * {@link Alignment#inOrder()} is the longest order-keeping chain.
 */
public final class SentenceAligner {
  /** The least sentence score that counts as a match. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  /** Sentences with fewer tokens are ignored: headings and list bullets match too easily. */
  public static final int MIN_TOKENS = 4;

  private final SentenceScorer scorer = new SentenceScorer();
  private final double minScore;

  public SentenceAligner() {
    this(DEFAULT_MIN_SCORE);
  }

  /**
   * @param minScore the least score of a match, in (0, 1]
   */
  public SentenceAligner(double minScore) {
    if (!(minScore > 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore (" + minScore + ") must be in (0, 1]");
    }
    this.minScore = minScore;
  }

  public double minScore() {
    return minScore;
  }

  /** The alignment of {@code left}'s sentences with {@code right}'s. */
  public Alignment align(ArticleProfile left, ArticleProfile right) {
    List<SentenceFeatures> a = left.sentences();
    List<SentenceFeatures> b = right.sentences();
    List<AlignedPair> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      SentenceFeatures fa = a.get(i);
      if (fa.tokens().size() < MIN_TOKENS) {
        continue;
      }
      for (int j = 0; j < b.size(); j++) {
        SentenceFeatures fb = b.get(j);
        if (fb.tokens().size() < MIN_TOKENS) {
          continue;
        }
        double score = scorer.score(fa, fb);
        if (score >= minScore) {
          candidates.add(new AlignedPair(i, j, score, MatchKind.PARAPHRASE));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(AlignedPair::score)
            .reversed()
            .thenComparingInt(p -> Math.abs(p.left() - p.right()))
            .thenComparingInt(AlignedPair::left)
            .thenComparingInt(AlignedPair::right));
    boolean[] usedLeft = new boolean[a.size()];
    boolean[] usedRight = new boolean[b.size()];
    List<AlignedPair> pairs = new ArrayList<>();
    for (AlignedPair pair : candidates) {
      if (!usedLeft[pair.left()] && !usedRight[pair.right()]) {
        usedLeft[pair.left()] = true;
        usedRight[pair.right()] = true;
        List<String> ta = a.get(pair.left()).tokens();
        List<String> tb = b.get(pair.right()).tokens();
        pairs.add(new AlignedPair(pair.left(), pair.right(), pair.score(), MatchKind.of(ta, tb)));
      }
    }
    pairs.sort(Comparator.comparingInt(AlignedPair::left));
    return new Alignment(
        left.id(), right.id(), eligible(a), eligible(b), pairs, longestChain(pairs));
  }

  /** How many sentences are long enough to be aligned. */
  public static int eligible(List<SentenceFeatures> sentences) {
    return (int) sentences.stream().filter(s -> s.tokens().size() >= MIN_TOKENS).count();
  }

  /** Length of the longest increasing run of right indexes (pairs sorted by left index). */
  static int longestChain(List<AlignedPair> pairs) {
    int[] tails = new int[pairs.size()];
    int length = 0;
    for (AlignedPair pair : pairs) {
      int at = Arrays.binarySearch(tails, 0, length, pair.right());
      if (at < 0) {
        at = -at - 1;
      }
      tails[at] = pair.right();
      if (at == length) {
        length++;
      }
    }
    return length;
  }
}
