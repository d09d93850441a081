package dev.crosscheck.similarity;

/** How two aligned sentences relate. */
public enum MatchKind {
  /** The same tokens. */
  EXACT,
  /**
   * A light edit: few words changed, order kept (word edit similarity at least {@link
   * #NEAR_SCORE}).
   */
  NEAR,
  /** The same content reworded. */
  PARAPHRASE;

  /** The word edit similarity from which a match counts as a light edit. */
  public static final double NEAR_SCORE = 0.8;

  /** The kind of match between two aligned sentences' tokens. */
  static MatchKind of(java.util.List<String> a, java.util.List<String> b) {
    if (a.equals(b)) {
      return EXACT;
    }
    return SentenceScorer.editSimilarity(a, b) >= NEAR_SCORE ? NEAR : PARAPHRASE;
  }
}
