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
    Terms terms = new Terms();
    List<SentenceFeatures> features = new ArrayList<>(article.sentences().size());
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      SentenceFeatures f = features(sentence.text(), sentence.tokens(), terms);
      features.add(f);
      count(f.tokens(), counts, terms);
    }
    String title = article.article().title();
    if (title != null) {
      count(tokenizer.tokenize(title), counts, terms);
    }
    return new ArticleProfile(article, features, counts);
  }

  /** The features of one sentence given its text and tokens. */
  public SentenceFeatures features(String text, List<String> tokens) {
    return features(text, tokens, new Terms());
  }

  private SentenceFeatures features(String text, List<String> tokens, Terms cache) {
    Set<String> terms = new HashSet<>();
    for (String token : tokens) {
      String term = cache.term(token);
      if (term != null) {
        terms.add(term);
      }
    }
    Set<String> anchors = new HashSet<>();
    for (String name : capitalizedWords(text)) {
      String term = cache.term(name.toLowerCase(Locale.ROOT));
      if (term != null) {
        anchors.add(term);
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

  private static void count(List<String> tokens, Map<String, Integer> counts, Terms cache) {
    for (String token : tokens) {
      String term = cache.term(token);
      if (term != null) {
        counts.merge(term, 1, Integer::sum);
      }
    }
  }

  /**
   * The term of each token, stemmed, or none for a stop word; remembered, since an article repeats
   * its words and each is read for its sentence, its anchors and its counts. Not thread-safe: one
   * per article.
   */
  private static final class Terms {
    /** Stands for "a stop word" among the remembered terms. */
    private static final String STOPWORD = new String("");

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> terms = new HashMap<>();

    /** The stemmed term of {@code token}, or null for a stop word. */
    String term(String token) {
      String term = terms.get(token);
      if (term == null) {
        term = Stopwords.isStopword(token) ? STOPWORD : stem(stemmer, token);
        terms.put(token, term);
      }
      return term == STOPWORD ? null : term;
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
    for (int[] run : wordRuns(text)) {
      if (!first && Character.isUpperCase(text.codePointAt(run[0]))) {
        words.addAll(tokenizer.tokenize(text.substring(run[0], run[1])));
      }
      first = false;
    }
    return words;
  }

  /**
   * The [start, end) char offsets of the words of {@code text}: the runs of letters, digits and
   * apostrophes, as {@code text.split("[^\\p{L}\\p{N}'’]+")} would give them, without the regex.
   */
  static List<int[]> wordRuns(String text) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      runs.add(new int[] {start, i});
    }
    return runs;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '\'' || cp == '’' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
