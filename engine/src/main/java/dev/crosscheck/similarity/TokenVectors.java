package dev.crosscheck.similarity;

/**
 * The word pieces of a text with the model's unit output vector for each, in order.
 *
 * @param pieces the word pieces, [CLS] and [SEP] left out
 * @param vectors one unit vector per piece ({@link Embedder#DIMENSIONS} values); not to be modified
 */
record TokenVectors(String[] pieces, float[][] vectors) {
  /** No pieces: a blank text, or no model. */
  static final TokenVectors EMPTY = new TokenVectors(new String[0], new float[0][]);

  TokenVectors {
    if (pieces.length != vectors.length) {
      throw new IllegalArgumentException(
          "pieces (" + pieces.length + ") must equal vectors (" + vectors.length + ")");
    }
  }

  /** The number of pieces. */
  int size() {
    return pieces.length;
  }
}
