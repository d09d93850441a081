package dev.crosscheck.similarity;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What {@link PairComparer} reads of one article, computed once per article of a story rather than
 * once per pair: its profile, its sentences encoded under the story's {@link Vocabulary} and its
 * term vector under the story's idf.
 *
 * @param profile the article's profile
 * @param sentences the sentences {@link SentenceAligner} aligns, encoded
 * @param vector the unit term vector ({@link TermVectors#vector})
 */
record EncodedArticle(
    ArticleProfile profile, EncodedSentence[] sentences, Map<String, Double> vector) {

  /** The encoding of {@code profile} under {@code vocabulary} and {@code idf}. */
  static EncodedArticle of(
      ArticleProfile profile, Vocabulary vocabulary, ToDoubleFunction<String> idf) {
    return new EncodedArticle(
        profile,
        SentenceAligner.encode(profile, vocabulary),
        TermVectors.vector(profile.termCounts(), idf));
  }
}
