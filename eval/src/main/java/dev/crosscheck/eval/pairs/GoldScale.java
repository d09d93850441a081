package dev.crosscheck.eval.pairs;

/** What a data set's gold value means. */
public enum GoldScale {
  /** 1 = the two state the same content, 0 = not. */
  BINARY,
  /** Graded, higher = more similar (e.g. STS 0..5). */
  SIMILARITY,
  /**
   * Graded, higher = less similar (SemEval-2022 Task 8: 1 = very similar .. 4 = very dissimilar).
   */
  DISSIMILARITY;

  /** The scale of a set: binary when every value is 0 or 1, else as the set's README states. */
  static GoldScale of(double[] values, String readme) {
    boolean binary = true;
    for (double v : values) {
      binary &= v == 0 || v == 1;
    }
    if (binary) {
      return BINARY;
    }
    // Markdown wraps lines and bolds words: compare on plain words.
    String text =
        readme == null
            ? ""
            : readme.toLowerCase(java.util.Locale.ROOT).replace("*", "").replaceAll("\\s+", " ");
    return text.contains("very dissimilar") || text.contains("it is a dissimilarity")
        ? DISSIMILARITY
        : SIMILARITY;
  }
}
