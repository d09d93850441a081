package dev.crosscheck.similarity;

import java.util.List;

/**
 * A one-to-one alignment of the sentences of two articles.
 *
 * @param leftId id of the left article
 * @param rightId id of the right article
 * @param leftSentences number of alignable sentences of the left article (see {@link
 *     SentenceAligner#MIN_TOKENS})
 * @param rightSentences number of alignable sentences of the right article
 * @param pairs the matched sentences, sorted by left index
 * @param inOrder how many pairs lie on the longest chain that keeps both articles' order
 */
public record Alignment(
    String leftId,
    String rightId,
    int leftSentences,
    int rightSentences,
    List<AlignedPair> pairs,
    int inOrder) {
  public Alignment {
    pairs = List.copyOf(pairs);
  }

  /** Share of the left article's sentences that have a match, in [0, 1]. */
  public double leftCoverage() {
    return leftSentences == 0 ? 0 : (double) pairs.size() / leftSentences;
  }

  /** Share of the right article's sentences that have a match, in [0, 1]. */
  public double rightCoverage() {
    return rightSentences == 0 ? 0 : (double) pairs.size() / rightSentences;
  }

  /** Share of the pairs that keep the order of both articles, in [0, 1]; 1 when there are none. */
  public double orderPreserved() {
    return pairs.isEmpty() ? 1 : (double) inOrder / pairs.size();
  }

  /** Mean score of the pairs, 0 when there are none. */
  public double meanScore() {
    return pairs.stream().mapToDouble(AlignedPair::score).average().orElse(0);
  }

  /** How many pairs are of {@code kind}. */
  public long count(MatchKind kind) {
    return pairs.stream().filter(p -> p.kind() == kind).count();
  }

  /** The same alignment seen from the other side. */
  public Alignment reversed() {
    List<AlignedPair> swapped =
        pairs.stream()
            .map(p -> new AlignedPair(p.right(), p.left(), p.score(), p.kind()))
            .sorted(java.util.Comparator.comparingInt(AlignedPair::left))
            .toList();
    return new Alignment(rightId, leftId, rightSentences, leftSentences, swapped, inOrder);
  }
}
