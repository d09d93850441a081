package dev.crosscheck.claims;

import dev.crosscheck.model.Sentence;
import java.util.Set;

/**
 * One atomic clause of one sentence of one article, with its facts.
 *
 * @param group the article's lineage group
 * @param groupRank the article's rank in its group (0 for the original)
 * @param clause the clause's index in its sentence
 * @param split whether the sentence was split into several clauses
 * @param text the clause's text
 * @param content its content words (tokens without stopwords)
 */
record Statement(
    String article,
    int group,
    int groupRank,
    Sentence sentence,
    int clause,
    boolean split,
    String text,
    Set<String> content,
    Facts facts) {
  /** The same statement with other facts. */
  Statement withFacts(Facts other) {
    return new Statement(article, group, groupRank, sentence, clause, split, text, content, other);
  }

  /** The statement's key: article, sentence index and clause index. */
  String key() {
    return keyOf(article, sentence.index(), clause);
  }

  /** The key of a sentence of an article. */
  static String keyOf(String article, int sentence) {
    return article + '\u0000' + sentence;
  }

  /** The key of a clause of a sentence of an article. */
  static String keyOf(String article, int sentence, int clause) {
    return keyOf(article, sentence) + '\u0000' + clause;
  }
}
