package dev.crosscheck.server;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Extraction;
import dev.crosscheck.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the articles in memory: the inputs given at start, plus what is uploaded. Every successful
 * upload reruns the pipeline on all articles, so this suits corpora of thousands, not millions.
 */
public final class MemoryBackend implements StoryBackend {

  /** The most articles held; uploads beyond it are rejected. */
  public static final int DEFAULT_MAX_ARTICLES = 20_000;

  private final Pipeline pipeline;
  private final int maxArticles;
  private final List<Article> articles = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private volatile RunResult result;

  /**
   * A backend holding {@code articles} (ids must be unique: later duplicates are rejected).
   *
   * @throws IllegalArgumentException when {@code maxArticles} is not positive
   */
  public MemoryBackend(
      Pipeline pipeline, List<Article> articles, List<Rejection> rejected, int maxArticles) {
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles (" + maxArticles + ") must be > 0");
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.maxArticles = maxArticles;
    this.rejected.addAll(rejected);
    for (Article a : articles) {
      if (ids.add(a.id())) {
        this.articles.add(a);
      } else {
        this.rejected.add(new Rejection(a.input(), "duplicate article id " + a.id()));
      }
    }
    this.result = pipeline.process(this.articles, this.rejected);
  }

  /**
   * A backend holding the articles of {@code inputs}, read and extracted now by {@code pipeline}.
   */
  public static MemoryBackend of(Pipeline pipeline, List<Path> inputs) {
    Extraction extraction = pipeline.extract(inputs);
    return new MemoryBackend(
        pipeline, extraction.articles(), extraction.rejected(), DEFAULT_MAX_ARTICLES);
  }

  @Override
  public RunResult result() {
    return result;
  }

  @Override
  public synchronized List<AddOutcome> add(List<RawDocument> documents) {
    List<AddOutcome> outcomes = new ArrayList<>(documents.size());
    boolean added = false;
    for (RawDocument document : documents) {
      AddOutcome outcome = addOne(document);
      added |= outcome.status().equals(AddOutcome.ADDED);
      outcomes.add(outcome);
    }
    if (added) {
      result = pipeline.process(articles, rejected);
    }
    return outcomes;
  }

  private AddOutcome addOne(RawDocument document) {
    Article article;
    try {
      article = pipeline.extract(document);
    } catch (RuntimeException e) {
      return AddOutcome.rejected(null, "extraction failed: " + e.getMessage());
    }
    if (article.text().isBlank()) {
      return AddOutcome.rejected(article.id(), "no article text found");
    }
    if (ids.contains(article.id())) {
      return AddOutcome.duplicate(article.id(), "an article with this id is already held");
    }
    if (articles.size() >= maxArticles) {
      return AddOutcome.rejected(
          article.id(), "the server holds its maximum of " + maxArticles + " articles");
    }
    ids.add(article.id());
    articles.add(article);
    return AddOutcome.added(article.id());
  }

  @Override
  public String describe() {
    RunResult r = result;
    return "memory (" + r.articles().size() + " articles, " + r.stories().size() + " stories)";
  }
}
