package dev.crosscheck.model;

import java.util.List;

/**
 * An article with its sentences, as the text stage hands it to the later stages.
 *
 * @param article the extracted article
 * @param sentences the body's sentences in order (the title is not among them)
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
  }

  public String id() {
    return article.id();
  }
}
