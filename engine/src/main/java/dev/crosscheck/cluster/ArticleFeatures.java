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

  public String id() {
    return article.id();
  }
}
