package dev.crosscheck.similarity;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Decides how two articles relate from their sentence alignment and term vectors. Derivation needs
 * a real share of sentences matched in order; beyond that, shared vocabulary separates independent
 * reports of one event from related and unrelated texts.
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

  private final SentenceAligner aligner;

  public PairComparer() {
    this(new SentenceAligner());
  }

  public PairComparer(SentenceAligner aligner) {
    this.aligner = aligner;
  }

  /** Compares two articles with a flat idf (no corpus statistics). */
  public Comparison compare(ArticleProfile a, ArticleProfile b) {
    return compare(a, b, term -> 1.0);
  }

  /** Compares two articles, weighting terms by {@code idf}. */
  public Comparison compare(ArticleProfile a, ArticleProfile b, ToDoubleFunction<String> idf) {
    Alignment alignment = aligner.align(a, b);
    Map<String, Double> va = TermVectors.vector(a.termCounts(), idf);
    Map<String, Double> vb = TermVectors.vector(b.termCounts(), idf);
    double cosine = TermVectors.cosine(va, vb);
    Relation relation = relation(alignment, cosine);
    double similarity = similarity(a, b, alignment, cosine);
    boolean equivalent =
        relation.derived()
            && Math.min(alignment.leftCoverage(), alignment.rightCoverage()) >= EQUIVALENT_COVERAGE;
    return new Comparison(similarity, relation, equivalent, cosine, alignment);
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

  private static double similarity(
      ArticleProfile a, ArticleProfile b, Alignment alignment, double cosine) {
    int total = alignment.leftSentences() + alignment.rightSentences();
    if (total == 0) {
      return cosine;
    }
    double matched = alignment.pairs().stream().mapToDouble(AlignedPair::score).sum();
    double aligned = 2 * matched / total;
    return Math.max(aligned, 0.8 * cosine);
  }
}
