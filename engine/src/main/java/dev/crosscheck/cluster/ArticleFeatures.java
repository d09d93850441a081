package dev.crosscheck.cluster;

import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as story clustering sees it: weighted vectors, index keys and a fingerprint.
 *
 * @param article the article
 * @param headline title and lead words, idf-weighted, unit length
 * @param body words of the whole text, idf-weighted, unit length, heaviest terms only
 * @param entities entities, idf-weighted, unit length
 * @param entityNames the entities by name, heaviest first, for story descriptions
 * @param keys the index keys (salient words and entities, hashed) through which candidates meet
 * @param signature MinHash of the text's word shingles, for the LSH channel
 * @param date the plausible publication day, or null when unknown
 */
public record ArticleFeatures(
    Article article,
    SparseVector headline,
    SparseVector body,
    SparseVector entities,
    List<String> entityNames,
    long[] keys,
    MinHashSignature signature,
    LocalDate date) {
  public ArticleFeatures {
    entityNames = List.copyOf(entityNames);
  }

  /** Characters of the body a stored article keeps: enough for a title when it has none. */
  public static final int STORED_TEXT_CHARS = 300;

  public String id() {
    return article.id();
  }

  /**
   * These features as a store keeps them: the body cut to {@link #STORED_TEXT_CHARS} and no
   * signature (it is needed only when the article is indexed), so that a million articles fit in
   * memory.
   */
  public ArticleFeatures stored() {
    String text = article.text();
    Article slim =
        text.length() <= STORED_TEXT_CHARS
            ? article
            : article.withText(text.substring(0, STORED_TEXT_CHARS));
    return new ArticleFeatures(
        slim, headline, body, entities, entityNames, keys, MinHashSignature.EMPTY, date);
  }

  /**
   * These features for another article (id, date) with the same words: for benchmarks and tests.
   */
  public ArticleFeatures as(Article other, LocalDate otherDate) {
    return new ArticleFeatures(
        other, headline, body, entities, entityNames, keys, signature, otherDate);
  }
}
