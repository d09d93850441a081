package dev.crosscheck.train;

/**
 * One labelled sentence pair.
 *
 * @param id the pair's id in its set
 * @param first the first sentence
 * @param second the second sentence
 * @param positive whether the pair is a paraphrase
 */
public record SentencePair(String id, String first, String second, boolean positive) {
  public SentencePair {
    if (first == null || second == null) {
      throw new IllegalArgumentException("pair " + id + " must have two sentences");
    }
  }

  /** The same pair with its two sentences the other way round. */
  public SentencePair swapped() {
    return new SentencePair(id, second, first, positive);
  }
}
