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
 *
 * <p>With an {@link Embedder}, embeddings settle only what words leave open, so the cost stays
 * dominated by cheap lexical work: a pair whose lexical score lies in the grey band [{@link
 * #GREY_LOW}, min score) becomes a match when its embedding cosine reaches {@link
 * #SEMANTIC_MIN_COSINE}; and once the two articles share at least one lexical match, sentences left
 * without any lexical candidate are matched by embedding among themselves.
 */
public final class SentenceAligner {
  /** The least sentence score that counts as a match. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  /** Sentences with fewer tokens are ignored: headings and list bullets match too easily. */
  public static final int MIN_TOKENS = 4;

  /**
   * Sentences aligned per article: the first ones only, since the cost is quadratic (news articles
   * have far fewer; a 5 MB text would not finish).
   */
  public static final int MAX_SENTENCES = 1_000;

  /** The least lexical score for which embeddings are consulted. */
  public static final double GREY_LOW = 0.25;

  /** The least embedding cosine of a semantic match. */
  public static final double SEMANTIC_MIN_COSINE = 0.8;

  private final SentenceScorer scorer = new SentenceScorer();
  private final double minScore;
  private final Embedder embedder;

  public SentenceAligner() {
    this(DEFAULT_MIN_SCORE);
  }

  /** A lexical aligner with the given least score. */
  public SentenceAligner(double minScore) {
    this(minScore, null);
  }

  /**
   * @param minScore the least score of a match, in (0, 1]
   * @param embedder settles grey-band and unmatched sentences, or null for words only
   */
  public SentenceAligner(double minScore, Embedder embedder) {
    if (!(minScore > 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore (" + minScore + ") must be in (0, 1]");
    }
    this.minScore = minScore;
    this.embedder = embedder;
  }

  public double minScore() {
    return minScore;
  }

  /** The alignment of {@code left}'s sentences with {@code right}'s. */
  public Alignment align(ArticleProfile left, ArticleProfile right) {
    Vocabulary vocabulary = new Vocabulary();
    return align(left, right, encode(left, vocabulary), encode(right, vocabulary));
  }

  /**
   * The sentences {@link #align} reads (the first {@link #MAX_SENTENCES}) encoded under {@code
   * vocabulary}: encode each article of a story once, under one vocabulary, and align its pairs.
   */
  static EncodedSentence[] encode(ArticleProfile profile, Vocabulary vocabulary) {
    List<SentenceFeatures> sentences = capped(profile.sentences());
    EncodedSentence[] encoded = new EncodedSentence[sentences.size()];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = EncodedSentence.of(sentences.get(i), vocabulary);
    }
    return encoded;
  }

  /**
   * The alignment of {@code left} with {@code right} given their sentences encoded by {@link
   * #encode} under one vocabulary.
   */
  Alignment align(
      ArticleProfile left, ArticleProfile right, EncodedSentence[] a, EncodedSentence[] b) {
    List<AlignedPair> candidates = new ArrayList<>();
    boolean[] leftHasCandidate = new boolean[a.length];
    boolean[] rightHasCandidate = new boolean[b.length];
    int[] alignableRight = alignable(b);
    boolean lexicalMatch = false;
    for (int i = 0; i < a.length; i++) {
      if (!alignable(a[i])) {
        continue;
      }
      for (int j : alignableRight) {
        // Only a score reaching minScore is kept as it is; below, the grey band needs a lower
        // bound of at least the Dice, which scores at or above EDIT_FROM_DICE >= GREY_LOW keep.
        double score = scorer.score(a[i], b[j], minScore);
        if (score >= minScore) {
          candidates.add(new AlignedPair(i, j, score, MatchKind.PARAPHRASE));
          lexicalMatch = true;
        } else if (embedder != null && score >= GREY_LOW) {
          double cosine = cosine(left, i, right, j);
          if (cosine >= SEMANTIC_MIN_COSINE) {
            candidates.add(new AlignedPair(i, j, cosine, MatchKind.PARAPHRASE, true));
          }
        } else {
          continue;
        }
        leftHasCandidate[i] = true;
        rightHasCandidate[j] = true;
      }
    }
    if (embedder != null && lexicalMatch) {
      addUnmatched(left, right, leftHasCandidate, rightHasCandidate, candidates);
    }
    return select(left, right, a, b, candidates);
  }

  private static boolean alignable(EncodedSentence sentence) {
    return sentence.tokens().length >= MIN_TOKENS;
  }

  private static int[] alignable(EncodedSentence[] sentences) {
    int[] indexes = new int[sentences.length];
    int count = 0;
    for (int j = 0; j < sentences.length; j++) {
      if (alignable(sentences[j])) {
        indexes[count++] = j;
      }
    }
    return Arrays.copyOf(indexes, count);
  }

  /** Candidates by embedding among sentences that have no lexical candidate on either side. */
  private void addUnmatched(
      ArticleProfile left,
      ArticleProfile right,
      boolean[] leftHasCandidate,
      boolean[] rightHasCandidate,
      List<AlignedPair> candidates) {
    for (int i = 0; i < leftHasCandidate.length; i++) {
      if (leftHasCandidate[i] || !alignable(left.sentences().get(i))) {
        continue;
      }
      for (int j = 0; j < rightHasCandidate.length; j++) {
        if (rightHasCandidate[j] || !alignable(right.sentences().get(j))) {
          continue;
        }
        double cosine = cosine(left, i, right, j);
        if (cosine >= SEMANTIC_MIN_COSINE) {
          candidates.add(new AlignedPair(i, j, cosine, MatchKind.PARAPHRASE, true));
        }
      }
    }
  }

  private double cosine(ArticleProfile left, int i, ArticleProfile right, int j) {
    String a = left.article().sentences().get(i).text();
    String b = right.article().sentences().get(j).text();
    return Embedder.cosine(embedder.embed(a), embedder.embed(b));
  }

  /** The best candidates taken greedily, each sentence at most once. */
  private static Alignment select(
      ArticleProfile left,
      ArticleProfile right,
      EncodedSentence[] encodedLeft,
      EncodedSentence[] encodedRight,
      List<AlignedPair> candidates) {
    List<SentenceFeatures> a = capped(left.sentences());
    List<SentenceFeatures> b = capped(right.sentences());
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
        MatchKind kind =
            pair.semantic()
                ? MatchKind.PARAPHRASE
                : kind(encodedLeft[pair.left()], encodedRight[pair.right()], pair.score());
        pairs.add(new AlignedPair(pair.left(), pair.right(), pair.score(), kind, pair.semantic()));
      }
    }
    pairs.sort(Comparator.comparingInt(AlignedPair::left));
    return new Alignment(
        left.id(),
        right.id(),
        eligible(a),
        eligible(b),
        pairs,
        longestChain(pairs),
        unused(a, usedLeft),
        unused(b, usedRight));
  }

  /**
   * {@link MatchKind#of} of two encoded sentences that scored {@code score}: the edit similarity is
   * at most the score, so it is consulted only when the score allows a near match.
   */
  static MatchKind kind(EncodedSentence a, EncodedSentence b, double score) {
    if (Arrays.equals(a.tokens(), b.tokens())) {
      return MatchKind.EXACT;
    }
    if (score < MatchKind.NEAR_SCORE) {
      return MatchKind.PARAPHRASE;
    }
    double least = MatchKind.NEAR_SCORE - SentenceScorer.BOUND_MARGIN;
    return SentenceScorer.editSimilarityFrom(a, b, least) >= MatchKind.NEAR_SCORE
        ? MatchKind.NEAR
        : MatchKind.PARAPHRASE;
  }

  private static List<SentenceFeatures> capped(List<SentenceFeatures> sentences) {
    return sentences.size() <= MAX_SENTENCES ? sentences : sentences.subList(0, MAX_SENTENCES);
  }

  private static boolean alignable(SentenceFeatures sentence) {
    return sentence.tokens().size() >= MIN_TOKENS;
  }

  private static List<Integer> unused(List<SentenceFeatures> sentences, boolean[] used) {
    List<Integer> unused = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!used[i] && alignable(sentences.get(i))) {
        unused.add(i);
      }
    }
    return unused;
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
