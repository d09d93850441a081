package dev.crosscheck.eval.lineage;

import dev.crosscheck.model.Article;
import java.util.List;

/**
 * An article generated from a source, with what is known about it by construction.
 *
 * @param changedSentences the derived article's sentences whose facts or quoted words were changed,
 *     exactly as written in its text
 * @param fillerAdded how many filler sentences were inserted
 */
public record DerivedArticle(
    Article article,
    String sourceId,
    Transformation transformation,
    List<String> changedSentences,
    int fillerAdded) {
  public DerivedArticle {
    changedSentences = List.copyOf(changedSentences);
  }
}
