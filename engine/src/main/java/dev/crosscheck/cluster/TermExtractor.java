package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import dev.crosscheck.text.SentenceSplitter;
import dev.crosscheck.text.Stopwords;
import dev.crosscheck.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Reads the {@link ArticleTerms} of an article: headline and lead words, body words, entities and a
 * plausible date. Only the first {@link #MAX_CHARS} characters of a body are read: the opening of a
 * report names its event. Thread-safe.
 */
public final class TermExtractor {
  /** Characters of the body read at most. */
  public static final int MAX_CHARS = 20_000;

  /**
   * Body words weighed at most: the opening paragraphs name the event; the rest of a long report
   * (background, quotes, padding) differs between outlets and dilutes the similarity.
   */
  public static final int MAX_BODY_TOKENS = 100;

  /**
   * Dates before this day are placeholders (the Unix epoch, "0001-01-01"), not publication days.
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1971, 1, 1);

  /** Days a date may lie after the reference day (time zones, embargoes) before it is ignored. */
  public static final int FUTURE_SLACK_DAYS = 2;

  /**
   * Shortest word counted in an article in a language other than English. The stopword list and the
   * background weights are English; in other languages the function words ("les", "dans", "der",
   * "nicht") would otherwise weigh as rare names and join unrelated reports. They are short, so
   * only longer words count there (names still count through the entities).
   */
  public static final int FOREIGN_MIN_LENGTH = 6;

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityFinder entityFinder = new EntityFinder();
  private final LocalDate latestDate;

  /**
   * @param today the reference day: dates more than {@link #FUTURE_SLACK_DAYS} after it are
   *     unknown; passed in so that results do not depend on the clock
   */
  public TermExtractor(LocalDate today) {
    this.latestDate = Objects.requireNonNull(today, "today").plusDays(FUTURE_SLACK_DAYS);
  }

  /** The terms of {@code article}. */
  public ArticleTerms extract(Article article) {
    String title = article.title() == null ? "" : article.title().strip();
    String text = article.text();
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    String lead = lead(text);
    int minLength = isEnglishOrUnknown(article.language()) ? 1 : FOREIGN_MIN_LENGTH;
    PorterStemmer stemmer = new PorterStemmer();
    Map<String, Integer> headline = new HashMap<>();
    List<String> titleTokens = tokenizer.tokenize(title);
    count(titleTokens, headline, stemmer, minLength);
    if (!lead.equals(title)) {
      count(tokenizer.tokenize(lead), headline, stemmer, minLength);
    }
    List<String> tokens = new ArrayList<>(titleTokens);
    List<String> bodyTokens = tokenizer.tokenize(text);
    if (!text.startsWith(title)) {
      tokens.addAll(bodyTokens);
    } else {
      tokens = bodyTokens;
    }
    Map<String, Integer> body = new HashMap<>();
    count(tokens.subList(0, Math.min(tokens.size(), MAX_BODY_TOKENS)), body, stemmer, minLength);
    Set<String> entities = new LinkedHashSet<>();
    if (!EntityFinder.isTitleCase(title)) {
      entities.addAll(entityFinder.find(title));
    }
    entities.addAll(entityFinder.find(text));
    return new ArticleTerms(article.id(), headline, body, entities, tokens, date(article));
  }

  /** The first sentence of the first paragraph, or empty. */
  private String lead(String text) {
    // Line by line without splitting the whole text: only the first non-blank line is read.
    for (int from = 0; from < text.length(); ) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      String paragraph = text.substring(from, end);
      if (!paragraph.isBlank()) {
        List<String> sentences = splitter.split(paragraph.strip());
        return sentences.isEmpty() ? paragraph.strip() : sentences.get(0);
      }
      from = end + 1;
    }
    return "";
  }

  private LocalDate date(Article article) {
    LocalDate date = article.publishedDate().orElse(null);
    if (date == null || date.isBefore(EARLIEST_DATE) || date.isAfter(latestDate)) {
      return null;
    }
    return date;
  }

  private static boolean isEnglishOrUnknown(String language) {
    return language == null
        || language.isBlank()
        || language.strip().toLowerCase(Locale.ROOT).startsWith("en");
  }

  private static void count(
      List<String> tokens, Map<String, Integer> counts, PorterStemmer s, int minLength) {
    for (String token : tokens) {
      boolean counted = token.length() >= minLength || Character.isDigit(token.charAt(0));
      if (counted && !Stopwords.isStopword(token)) {
        counts.merge(stem(s, token), 1, Integer::sum);
      }
    }
  }

  static String stem(PorterStemmer stemmer, String token) {
    if (Character.isDigit(token.charAt(0)) || token.length() < 4) {
      return token;
    }
    return stemmer.stem(token);
  }
}
