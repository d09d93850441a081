package dev.crosscheck.similarity;

import java.util.Arrays;
import java.util.Set;

/**
 * The {@link SentenceFeatures} of one sentence as ids of a {@link Vocabulary}: what {@link
 * SentenceScorer} reads for every pair of sentences of two articles, computed once per article.
 *
 * @param tokens the ids of all tokens, in order (equal arrays are equal token lists)
 * @param editTokens the ids of the first {@link SentenceScorer#MAX_EDIT_TOKENS} tokens, in order
 * @param sortedEditTokens {@code editTokens} sorted, for the multiset bound on edit similarity
 * @param terms each term as {@code 2 * id + (anchor ? 1 : 0)}, sorted (so by id)
 * @param weight the terms' weight in the weighted Dice: one per term, {@link
 *     SentenceScorer#ANCHOR_WEIGHT} per anchor
 */
record EncodedSentence(
    int[] tokens, int[] editTokens, int[] sortedEditTokens, int[] terms, double weight) {

  /** The encoding of {@code features} under {@code vocabulary}, which gains their strings. */
  static EncodedSentence of(SentenceFeatures features, Vocabulary vocabulary) {
    int[] tokens = vocabulary.ids(features.tokens());
    int[] editTokens =
        tokens.length <= SentenceScorer.MAX_EDIT_TOKENS
            ? tokens
            : Arrays.copyOf(tokens, SentenceScorer.MAX_EDIT_TOKENS);
    int[] sorted = editTokens.clone();
    Arrays.sort(sorted);
    Set<String> anchors = features.anchors();
    int[] terms = new int[features.terms().size()];
    int k = 0;
    for (String term : features.terms()) {
      terms[k++] = 2 * vocabulary.id(term) + (anchors.contains(term) ? 1 : 0);
    }
    Arrays.sort(terms);
    double weight = features.terms().size() + (SentenceScorer.ANCHOR_WEIGHT - 1) * anchors.size();
    return new EncodedSentence(tokens, editTokens, sorted, terms, weight);
  }
}
