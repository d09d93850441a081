package dev.crosscheck.brief;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.Stopwords;
import dev.crosscheck.text.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a story's articles, for scoring how central a sentence is: in how many articles each
 * word occurs, and the words of the headlines.
 */
final class StoryVocabulary {
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Set<String> headlineWords = new HashSet<>();
  private final int articles;

  StoryVocabulary(List<AnalyzedArticle> articles, Tokenizer tokenizer) {
    this.articles = articles.size();
    for (AnalyzedArticle article : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : article.sentences()) {
        seen.addAll(s.tokens());
      }
      String title = article.article().title();
      if (title != null) {
        headlineWords.addAll(content(tokenizer.tokenize(title)));
      }
      seen.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
    }
  }

  /** Mean share of the other articles that use each content word, in [0, 1]. */
  double centrality(Set<String> contentWords) {
    int others = Math.max(1, articles - 1);
    double sum = 0;
    for (String word : contentWords) {
      sum += Math.max(0, documentFrequency.getOrDefault(word, 1) - 1) / (double) others;
    }
    return contentWords.isEmpty() ? 0 : sum / contentWords.size();
  }

  /** Share of the content words that some headline of the story uses, in [0, 1]. */
  double headlineShare(Set<String> contentWords) {
    long shared = contentWords.stream().filter(headlineWords::contains).count();
    return contentWords.isEmpty() ? 0 : (double) shared / contentWords.size();
  }

  /** The tokens that are not stopwords. */
  static Set<String> content(List<String> tokens) {
    Set<String> words = new HashSet<>();
    for (String t : tokens) {
      if (!Stopwords.isStopword(t)) {
        words.add(t);
      }
    }
    return words;
  }
}
