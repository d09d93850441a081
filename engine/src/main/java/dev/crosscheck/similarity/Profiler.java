package dev.crosscheck.similarity;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.CalendarWords;
import dev.crosscheck.text.Stopwords;
import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/** Builds the {@link ArticleProfile} of an article. Thread-safe. */
public final class Profiler {

  private final Tokenizer tokenizer = new Tokenizer();

  /** The profile of {@code article}. */
  public ArticleProfile profile(AnalyzedArticle article) {
    List<SentenceFeatures> features = new ArrayList<>(article.sentences().size());
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      SentenceFeatures f = features(sentence.text(), sentence.tokens());
      features.add(f);
      count(f.tokens(), counts);
    }
    String title = article.article().title();
    if (title != null) {
      count(tokenizer.tokenize(title), counts);
    }
    return new ArticleProfile(article, features, counts);
  }

  /** The features of one sentence given its text and tokens. */
  public SentenceFeatures features(String text, List<String> tokens) {
    PorterStemmer stemmer = new PorterStemmer();
    Set<String> terms = new HashSet<>();
    for (String token : tokens) {
      if (!Stopwords.isStopword(token)) {
        terms.add(stem(stemmer, token));
      }
    }
    Set<String> anchors = new HashSet<>();
    for (String name : capitalizedWords(text)) {
      String token = name.toLowerCase(Locale.ROOT);
      if (!Stopwords.isStopword(token)) {
        anchors.add(stem(stemmer, token));
      }
    }
    for (String token : tokens) {
      if (Character.isDigit(token.charAt(0))
          || CalendarWords.WEEKDAYS.contains(token)
          || CalendarWords.RELATIVE_DAYS.contains(token)) {
        anchors.add(token);
      }
    }
    anchors.retainAll(terms);
    return new SentenceFeatures(tokens, terms, anchors);
  }

  private void count(List<String> tokens, Map<String, Integer> counts) {
    PorterStemmer stemmer = new PorterStemmer();
    for (String token : tokens) {
      if (!Stopwords.isStopword(token)) {
        counts.merge(stem(stemmer, token), 1, Integer::sum);
      }
    }
  }

  static String stem(PorterStemmer stemmer, String token) {
    if (Character.isDigit(token.charAt(0)) || token.length() < 4) {
      return token;
    }
    return stemmer.stem(token);
  }

  /** Words written with a capital inside the sentence (the first word is capitalized anyway). */
  private List<String> capitalizedWords(String text) {
    List<String> words = new ArrayList<>();
    boolean first = true;
    for (String word : text.split("[^\\p{L}\\p{N}'’]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!first && Character.isUpperCase(word.codePointAt(0))) {
        words.addAll(tokenizer.tokenize(word));
      }
      first = false;
    }
    return words;
  }
}
