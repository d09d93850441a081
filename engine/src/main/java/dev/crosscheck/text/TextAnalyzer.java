package dev.crosscheck.text;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article into its sentences with tokens. List items and short headings stay sentences of
 * their own so that later stages can judge them. Thread-safe.
 */
public final class TextAnalyzer {
  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;

  public TextAnalyzer() {
    this(new SentenceSplitter(), new Tokenizer());
  }

  public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer) {
    this.splitter = splitter;
    this.tokenizer = tokenizer;
  }

  /** The article with its body split into sentences (the title excluded). */
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String line : paragraphs.get(p).split("\\n")) {
        for (String text : splitter.split(line)) {
          List<String> tokens = tokenizer.tokenize(text);
          if (!tokens.isEmpty()) {
            sentences.add(new Sentence(sentences.size(), p, text, tokens));
          }
        }
      }
    }
    return new AnalyzedArticle(article, sentences);
  }
}
