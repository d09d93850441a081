package dev.crosscheck.similarity;

/**
 * Two sentences matched across articles.
 *
 * @param left index of the sentence in the left article
 * @param right index of the sentence in the right article
 * @param score the sentence score, in (0, 1]
 * @param kind how the two sentences relate
 * @param semantic whether the match rests on the sentences' embeddings rather than shared words
 */
public record AlignedPair(int left, int right, double score, MatchKind kind, boolean semantic) {
  /** A match found from shared words. */
  public AlignedPair(int left, int right, double score, MatchKind kind) {
    this(left, right, score, kind, false);
  }
}
