package dev.crosscheck.similarity;

/** How two aligned sentences relate. */
public enum MatchKind {
  /** The same tokens. */
  EXACT,
  /** A light edit: few words changed, order kept (score at least {@link #NEAR_SCORE}). */
  NEAR,
  /** The same content reworded. */
  PARAPHRASE;

  /** The score from which a match counts as a light edit. */
  public static final double NEAR_SCORE = 0.8;

  static MatchKind of(double score, boolean identical) {
    if (identical) {
      return EXACT;
    }
    return score >= NEAR_SCORE ? NEAR : PARAPHRASE;
  }
}
