package dev.crosscheck.similarity;

/**
 * Two sentences matched across articles.
 *
 * @param left index of the sentence in the left article
 * @param right index of the sentence in the right article
 * @param score the sentence score, in (0, 1]
 */
public record AlignedPair(int left, int right, double score, MatchKind kind) {}
