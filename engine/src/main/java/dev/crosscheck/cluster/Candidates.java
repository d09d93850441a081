package dev.crosscheck.cluster;

import dev.crosscheck.fingerprint.LshIndex;
import java.util.Arrays;

/**
 * Who meets whom in the clusterer: the articles a new one is scored against — those sharing index
 * keys as a {@link CandidateRule} asks ({@link KeyIndex}), or any MinHash band ({@link LshIndex}) —
 * and whether two added articles still meet once keys have turned hot. One rule for both, so that a
 * link found earlier is checked again by the rule that found it. Articles are positions, added in
 * increasing order. Not thread-safe for writes; {@link #of} may run concurrently when no write
 * does.
 */
final class Candidates {
  private final KeyIndex keys;
  private final int minSharedKeys;
  private final long minOverlap;
  private final LshIndex<Integer> lsh =
      new LshIndex<>(
          FeatureExtractor.LSH_BANDS,
          FeatureExtractor.SIGNATURE_LENGTH / FeatureExtractor.LSH_BANDS);
  // Band keys by position: stored features drop their signature, and a pair is checked again.
  private final BandTable bands = new BandTable(FeatureExtractor.LSH_BANDS);

  /**
   * @param windowDays days of a key index time bucket
   * @param hotKeyPostings postings of a key in one partition from which it is hot there, >= 1
   * @param rule who meets through the keys
   */
  Candidates(int windowDays, int hotKeyPostings, CandidateRule rule) {
    this.keys = new KeyIndex(windowDays, hotKeyPostings);
    this.minSharedKeys = rule.minSharedKeys();
    this.minOverlap = rule.minOverlapUnits();
  }

  /** Files the article at {@code position} (the next one) under its keys and bands. */
  void add(int position, ArticleFeatures f) {
    keys.add(position, f.keys(), KeyWeights.of(f), f.date());
    lsh.add(position, f.signature());
    bands.add(lsh.bandKeys(f.signature()));
  }

  /** The added articles that meet {@code a}: sorted, distinct (it may meet itself if added). */
  int[] of(ArticleFeatures a) {
    int[] byKeys = keys.candidates(a.keys(), KeyWeights.of(a), a.date(), minSharedKeys, minOverlap);
    int[] byBands = lsh.candidates(a.signature()).stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(byBands);
    int[] merged = new int[byKeys.length + byBands.length];
    int n = 0;
    int i = 0;
    int j = 0;
    // A merge of the two sorted lists: each candidate once.
    while (i < byKeys.length || j < byBands.length) {
      if (j == byBands.length || (i < byKeys.length && byKeys[i] < byBands[j])) {
        merged[n++] = byKeys[i++];
      } else if (i == byKeys.length || byBands[j] < byKeys[i]) {
        merged[n++] = byBands[j++];
      } else {
        merged[n++] = byKeys[i++];
        j++;
      }
    }
    return Arrays.copyOf(merged, n);
  }

  /**
   * Whether the added articles at {@code a} and {@code b} meet under the current hot keys, given
   * their features and key weights ({@link KeyWeights#of}).
   */
  boolean meet(
      int a, ArticleFeatures fa, int[] weightsA, int b, ArticleFeatures fb, int[] weightsB) {
    return bands.share(a, b)
        || keys.meets(
            fa.keys(),
            weightsA,
            fa.date(),
            fb.keys(),
            weightsB,
            fb.date(),
            minSharedKeys,
            minOverlap);
  }

  /**
   * The articles filed under a key list that turned hot since the last call, sorted, distinct:
   * those whose links may rest on a key that no longer counts.
   */
  int[] takeTurnedHot() {
    return keys.takeTurnedHot();
  }
}
