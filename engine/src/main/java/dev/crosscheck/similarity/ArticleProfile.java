package dev.crosscheck.similarity;

import dev.crosscheck.model.AnalyzedArticle;
import java.util.List;
import java.util.Map;

/**
 * An article prepared for comparison: features per sentence and term counts of the whole text
 * (title included), computed once and reused for every pair.
 *
 * @param sentences one entry per sentence of {@code article}, same order
 * @param termCounts stemmed content word to its count in title and body
 */
public record ArticleProfile(
    AnalyzedArticle article, List<SentenceFeatures> sentences, Map<String, Integer> termCounts) {
  public ArticleProfile {
    sentences = List.copyOf(sentences);
    termCounts = Map.copyOf(termCounts);
  }

  public String id() {
    return article.id();
  }
}
