package dev.crosscheck.similarity;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Decides how two articles relate from their sentence alignment and term vectors. Derivation needs
 * a real share of sentences matched in order; beyond that, shared vocabulary separates independent
 * reports of one event from related and unrelated texts.
 *
 * <p>With an {@link Embedder}, the embedding of each article's lead (title and first sentences, up
 * to {@link #LEAD_WORDS} words: the model reads {@link Embedder#MAX_TOKENS} pieces) joins the
 * evidence: it weighs {@link #SEMANTIC_WEIGHT} of the similarity and can make two texts the same
 * story without shared words. Short texts (at most {@link #SHORT_SENTENCES} sentences each, as in
 * sentence-pair tasks) are scored as one sentence each: similarity from the embedding cosine and
 * the lexical sentence score; equivalence from {@link EquivalenceJudge} over {@link
 * ShortPairFeatures}, among them, given a {@link PairScorer}, a cross-encoder's logit (run on short
 * pairs only: it reads both texts together, so it costs one model run per pair). The weights were
 * tuned on training sets (MSRP train, STS-B train, SemEval-2022 Task 8 sample).
 */
public final class PairComparer {
  /** Share of the smaller article's sentences that must be matched for a derivation. */
  public static final double DERIVED_COVERAGE = 0.4;

  /** Share of matched sentences that must keep their order for a derivation. */
  public static final double DERIVED_ORDER = 0.6;

  /** Share of matched sentences that must be exact or near for a light rewrite. */
  public static final double REWRITE_NEAR_SHARE = 0.6;

  /** Both sides must be covered this much for the two to state the same content. */
  public static final double EQUIVALENT_COVERAGE = 0.6;

  /** Cosine from which two texts are taken as reports of one event. */
  public static final double SAME_STORY_COSINE = 0.3;

  /** Cosine from which two texts are taken as related. */
  public static final double RELATED_COSINE = 0.1;

  /** Words of an article's lead that are embedded. */
  public static final int LEAD_WORDS = 100;

  /** Share of the similarity of two articles that comes from their leads' embeddings. */
  public static final double SEMANTIC_WEIGHT = 0.7;

  /** Lead embedding cosine from which two texts are taken as reports of one event. */
  public static final double SAME_STORY_SEMANTIC = 0.7;

  /** Lead embedding cosine from which two texts are taken as related. */
  public static final double RELATED_SEMANTIC = 0.45;

  /** Texts with at most this many sentences each are compared as sentence pairs. */
  public static final int SHORT_SENTENCES = 2;

  /**
   * Texts with at most this many tokens each (and few sentences) are compared as sentence pairs.
   */
  public static final int SHORT_TOKENS = 120;

  /** Share of a short pair's similarity that comes from the embedding cosine. */
  public static final double SHORT_SEMANTIC_WEIGHT = 0.8;

  private final SentenceAligner aligner;
  private final Embedder embedder;
  private final PairScorer scorer;
  private final AtomicLong crossEncoded = new AtomicLong();
  private final EquivalenceJudge judge = EquivalenceJudge.shipped();
  private final TokenMatcher tokenMatcher = new TokenMatcher();

  /** A lexical comparer: words only, no embeddings. */
  public PairComparer() {
    this(new SentenceAligner());
  }

  /** A lexical comparer aligning with {@code aligner}. */
  public PairComparer(SentenceAligner aligner) {
    this(aligner, null);
  }

  /**
   * A comparer aligning with {@code aligner} and weighing embeddings from {@code embedder}.
   *
   * @param embedder the embedder, or null for words only
   */
  public PairComparer(SentenceAligner aligner, Embedder embedder) {
    this(aligner, embedder, null);
  }

  /**
   * A comparer aligning with {@code aligner}, weighing embeddings from {@code embedder} and, for
   * short texts only ({@link #shortFeatures}), a cross-encoder's logit from {@code scorer}.
   *
   * @param embedder the embedder, or null for words only
   * @param scorer the cross-encoder, or null for none ({@link ShortPairFeatures#crossEncoder()} 0)
   */
  public PairComparer(SentenceAligner aligner, Embedder embedder, PairScorer scorer) {
    this.aligner = java.util.Objects.requireNonNull(aligner, "aligner");
    this.embedder = embedder;
    this.scorer = scorer;
  }

  /** A comparer using {@code embedder} both in alignment and for the leads. */
  public static PairComparer withEmbeddings(Embedder embedder) {
    return withEmbeddings(embedder, null);
  }

  /**
   * A comparer using {@code embedder} both in alignment and for the leads, and {@code scorer} on
   * short pairs.
   *
   * @param scorer the cross-encoder, or null for none
   */
  public static PairComparer withEmbeddings(Embedder embedder, PairScorer scorer) {
    java.util.Objects.requireNonNull(embedder, "embedder");
    return new PairComparer(
        new SentenceAligner(SentenceAligner.DEFAULT_MIN_SCORE, embedder), embedder, scorer);
  }

  /** Compares two articles with a flat idf (no corpus statistics). */
  public Comparison compare(ArticleProfile a, ArticleProfile b) {
    return compare(a, b, term -> 1.0);
  }

  /** Compares two articles, weighting terms by {@code idf}. */
  public Comparison compare(ArticleProfile a, ArticleProfile b, ToDoubleFunction<String> idf) {
    Vocabulary vocabulary = new Vocabulary();
    return compare(EncodedArticle.of(a, vocabulary, idf), EncodedArticle.of(b, vocabulary, idf));
  }

  /**
   * Compares two articles encoded under one vocabulary and one idf, as {@link
   * #compare(ArticleProfile, ArticleProfile, ToDoubleFunction)} does.
   */
  Comparison compare(EncodedArticle left, EncodedArticle right) {
    ArticleProfile a = left.profile();
    ArticleProfile b = right.profile();
    Alignment alignment = aligner.align(a, b, left.sentences(), right.sentences());
    double cosine = TermVectors.cosine(left.vector(), right.vector());
    double lexical = similarity(alignment, cosine);
    if (embedder != null && embedder.available()) {
      return compareWithEmbeddings(a, b, alignment, cosine, lexical);
    }
    Relation relation = relation(alignment, cosine);
    return new Comparison(lexical, relation, equivalent(relation, alignment), cosine, alignment);
  }

  private Comparison compareWithEmbeddings(
      ArticleProfile a, ArticleProfile b, Alignment alignment, double cosine, double lexical) {
    if (isShort(a) && isShort(b)) {
      return compareShort(a, b, alignment, cosine);
    }
    double semantic = Math.max(0, embedder.similarity(Leads.lead(a), Leads.lead(b)));
    Relation relation = relation(alignment, cosine);
    double similarity =
        relation == Relation.DUPLICATE
            ? 1
            : SEMANTIC_WEIGHT * semantic + (1 - SEMANTIC_WEIGHT) * lexical;
    if (!relation.derived()) {
      if (semantic >= SAME_STORY_SEMANTIC) {
        relation = Relation.SAME_STORY;
      } else if (relation == Relation.UNRELATED && semantic >= RELATED_SEMANTIC) {
        relation = Relation.RELATED;
      }
    }
    return new Comparison(similarity, relation, equivalent(relation, alignment), cosine, alignment);
  }

  /**
   * The evidence on whether two short texts state the same content, each scored as one sentence;
   * the embedding cosine is 0 without an embedder, the cross-encoder's logit 0 without a scorer.
   */
  public ShortPairFeatures shortFeatures(ArticleProfile a, ArticleProfile b) {
    if (embedder == null) {
      String ta = Leads.text(a);
      String tb = Leads.text(b);
      return ShortPairFeatures.of(
          Leads.whole(a), Leads.whole(b), 0, TokenMatch.NONE, crossEncoder(ta, tb));
    }
    return shortFeatures(Leads.text(a), Leads.text(b), Leads.whole(a), Leads.whole(b));
  }

  /**
   * The short-pair evidence with the embedder: one model run per text gives both the sentence
   * embedding and the token vectors (the token vectors first, so that the embeddings are cached).
   */
  private ShortPairFeatures shortFeatures(
      String ta, String tb, SentenceFeatures fa, SentenceFeatures fb) {
    TokenMatch tokens = tokenMatcher.match(embedder.tokens(ta), embedder.tokens(tb));
    double semantic = Math.max(0, embedder.similarity(ta, tb));
    return ShortPairFeatures.of(fa, fb, semantic, tokens, crossEncoder(ta, tb));
  }

  /**
   * The cross-encoder's logit for two short texts, 0 without a scorer or when a text is blank (the
   * model was never trained on an empty side and must not be asked about one). Only short pairs pay
   * for it: a cross-encoder reads both texts together, so nothing can be cached per text.
   */
  private double crossEncoder(String ta, String tb) {
    if (scorer == null || ta.isBlank() || tb.isBlank()) {
      return 0;
    }
    crossEncoded.incrementAndGet();
    return scorer.logit(ta, tb);
  }

  /** How many pairs this comparer asked its cross-encoder about. */
  public long crossEncoderPairs() {
    return crossEncoded.get();
  }

  /** Two short texts scored as one sentence each. */
  private Comparison compareShort(
      ArticleProfile a, ArticleProfile b, Alignment alignment, double cosine) {
    SentenceFeatures fa = Leads.whole(a);
    SentenceFeatures fb = Leads.whole(b);
    ShortPairFeatures features = shortFeatures(Leads.text(a), Leads.text(b), fa, fb);
    double semantic = features.semantic();
    double edit = features.edit();
    double similarity =
        SHORT_SEMANTIC_WEIGHT * semantic + (1 - SHORT_SEMANTIC_WEIGHT) * features.lexical();
    boolean equivalent = judge.equivalent(features);
    Relation relation;
    if (fa.tokens().equals(fb.tokens()) && !fa.tokens().isEmpty()) {
      relation = Relation.DUPLICATE;
    } else if (equivalent) {
      relation = edit >= MatchKind.NEAR_SCORE ? Relation.REWRITE : Relation.PARAPHRASE;
    } else if (semantic >= SAME_STORY_SEMANTIC || cosine >= SAME_STORY_COSINE) {
      relation = Relation.SAME_STORY;
    } else if (semantic >= RELATED_SEMANTIC || cosine >= RELATED_COSINE) {
      relation = Relation.RELATED;
    } else {
      relation = Relation.UNRELATED;
    }
    similarity = relation == Relation.DUPLICATE ? 1 : Math.min(1, similarity);
    return new Comparison(similarity, relation, equivalent, cosine, alignment);
  }

  private static boolean isShort(ArticleProfile profile) {
    return profile.sentences().size() <= SHORT_SENTENCES
        && profile.sentences().stream().mapToInt(s -> s.tokens().size()).sum() <= SHORT_TOKENS;
  }

  private static boolean equivalent(Relation relation, Alignment alignment) {
    return relation.derived()
        && Math.min(alignment.leftCoverage(), alignment.rightCoverage()) >= EQUIVALENT_COVERAGE;
  }

  static Relation relation(Alignment alignment, double cosine) {
    int pairs = alignment.pairs().size();
    int smaller = Math.min(alignment.leftSentences(), alignment.rightSentences());
    if (pairs > 0
        && alignment.count(MatchKind.EXACT) == pairs
        && pairs == alignment.leftSentences()
        && pairs == alignment.rightSentences()) {
      return Relation.DUPLICATE;
    }
    double coverage = Math.max(alignment.leftCoverage(), alignment.rightCoverage());
    boolean derived =
        pairs >= Math.min(3, smaller)
            && pairs > 0
            && coverage >= DERIVED_COVERAGE
            && alignment.orderPreserved() >= DERIVED_ORDER;
    if (derived) {
      double nearShare =
          (double) (alignment.count(MatchKind.EXACT) + alignment.count(MatchKind.NEAR)) / pairs;
      return nearShare >= REWRITE_NEAR_SHARE ? Relation.REWRITE : Relation.PARAPHRASE;
    }
    if (cosine >= SAME_STORY_COSINE) {
      return Relation.SAME_STORY;
    }
    return cosine >= RELATED_COSINE ? Relation.RELATED : Relation.UNRELATED;
  }

  private static double similarity(Alignment alignment, double cosine) {
    int total = alignment.leftSentences() + alignment.rightSentences();
    if (total == 0) {
      return cosine;
    }
    double matched = alignment.pairs().stream().mapToDouble(AlignedPair::score).sum();
    double aligned = 2 * matched / total;
    return Math.max(aligned, 0.8 * cosine);
  }
}
