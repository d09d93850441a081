package dev.crosscheck.similarity;

/**
 * The verdict on a pair of articles.
 *
 * @param similarity 0 (nothing shared) to 1 (the same text)
 * @param equivalent whether the two state the same content
 * @param cosine the cosine of their weighted term vectors, in [0, 1]
 */
public record Comparison(
    double similarity, Relation relation, boolean equivalent, double cosine, Alignment alignment) {}
