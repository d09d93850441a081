package dev.crosscheck.model;

import java.util.List;

/**
 * One sentence of an article.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph it belongs to, from 0
 * @param text the sentence as written
 * @param tokens lower-cased word tokens (punctuation dropped), in order
 */
public record Sentence(int index, int paragraph, String text, List<String> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
