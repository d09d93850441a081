package dev.crosscheck.similarity;

/**
 * How well the word pieces of two texts find each other in the model's token space, after BERTScore
 * (Zhang et al. 2020, "BERTScore: Evaluating Text Generation with BERT"): each piece is matched to
 * its most similar piece on the other side (greedy, by cosine).
 *
 * @param f the harmonic mean of the two sides' average best cosines (BERTScore F), in [0, 1]
 * @param worst the lowest best cosine of any piece on either side, in [0, 1]: a word the other side
 *     has nothing like
 * @param unmatched the pieces of the side with more of them whose best cosine is below {@link
 *     TokenMatcher#UNMATCHED_COSINE}, over 10 (capped at 1)
 * @param secondWorst the second lowest best cosine of any piece on either side (the lowest when
 *     there is one piece), in [0, 1]: one odd piece is often a split name, two are content
 * @param weakFewer the pieces of the side with fewer of them whose best cosine is below {@link
 *     TokenMatcher#WEAK_COSINE}, over 10 (capped at 1): when both sides have such pieces, a detail
 *     was changed rather than added
 * @param looseMore the pieces of the side with more of them whose best cosine is below {@link
 *     TokenMatcher#CLOSE_COSINE}, over 10 (capped at 1)
 */
public record TokenMatch(
    double f,
    double worst,
    double unmatched,
    double secondWorst,
    double weakFewer,
    double looseMore) {
  /** No token evidence: no model, or a side without pieces. */
  public static final TokenMatch NONE = new TokenMatch(0, 0, 0, 0, 0, 0);
}
