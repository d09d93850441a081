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
 * @param dropped alignable sentences of the left article without a match, ascending
 * @param added alignable sentences of the right article without a match, ascending
 */
public record Alignment(
    String leftId,
    String rightId,
    int leftSentences,
    int rightSentences,
    List<AlignedPair> pairs,
    int inOrder,
    List<Integer> dropped,
    List<Integer> added) {
  public Alignment {
    pairs = List.copyOf(pairs);
    dropped = List.copyOf(dropped);
    added = List.copyOf(added);
  }

  /** The matched pairs whose sentences differ (near, paraphrase or semantic matches). */
  public List<AlignedPair> changed() {
    return pairs.stream().filter(p -> p.kind() != MatchKind.EXACT).toList();
  }

  /**
   * How much of the left article the right one contains, in [0, 1]: the pairs' scores summed over
   * the left article's alignable sentences (an exact copy of every sentence gives 1).
   */
  public double leftContainment() {
    return leftSentences == 0 ? 0 : Math.min(1, scoreSum() / leftSentences);
  }

  /** How much of the right article the left one contains, in [0, 1]. */
  public double rightContainment() {
    return rightSentences == 0 ? 0 : Math.min(1, scoreSum() / rightSentences);
  }

  /** How many pairs rest on embeddings (see {@link AlignedPair#semantic()}). */
  public long semanticCount() {
    return pairs.stream().filter(AlignedPair::semantic).count();
  }

  private double scoreSum() {
    return pairs.stream().mapToDouble(AlignedPair::score).sum();
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
            .map(p -> new AlignedPair(p.right(), p.left(), p.score(), p.kind(), p.semantic()))
            .sorted(java.util.Comparator.comparingInt(AlignedPair::left))
            .toList();
    return new Alignment(
        rightId, leftId, rightSentences, leftSentences, swapped, inOrder, added, dropped);
  }
}
