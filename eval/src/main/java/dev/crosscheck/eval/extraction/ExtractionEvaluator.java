package dev.crosscheck.eval.extraction;

import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluator of main-text extraction on the trafilatura set: each page is read by our ingestion
 * (gunzip, charset from BOM and meta), handed to every extractor in turn on one thread, and scored
 * segment by segment. Our metadata is scored too. Not thread-safe (one run at a time).
 */
public final class ExtractionEvaluator {
  private final List<TextExtractor> extractors;
  private final DocumentReader reader = new DocumentReader();
  private final SegmentScorer scorer = new SegmentScorer();
  private final MetadataScorer metadataScorer = new MetadataScorer();

  /** An evaluator of ours, boilerpipe and Readability4J. */
  public ExtractionEvaluator() {
    this(List.of(new OursExtractor(), new BoilerpipeExtractor(), new Readability4jExtractor()));
  }

  /**
   * An evaluator of the given extractors, printed in this order.
   *
   * @param extractors at least one; an {@link OursExtractor} among them also gets metadata scores
   */
  public ExtractionEvaluator(List<TextExtractor> extractors) {
    if (extractors == null || extractors.isEmpty()) {
      throw new IllegalArgumentException("extractors must not be null nor empty");
    }
    this.extractors = List.copyOf(extractors);
  }

  /**
   * Runs the evaluation on a set folder.
   *
   * @param dir the folder holding {@code evaldata.json} and {@code html/}
   * @throws IOException when the annotations cannot be read
   */
  public ExtractionReport evaluate(Path dir) throws IOException {
    ExtractionCorpus corpus = ExtractionCorpus.read(dir);
    List<Tally> tallies = new ArrayList<>();
    extractors.forEach(e -> tallies.add(new Tally(e)));
    MetadataScore metadata = MetadataScore.ZERO;
    int unreadable = 0;
    int tuningPages = 0;
    for (ExtractionCase c : corpus.cases()) {
      RawDocument page = load(corpus, c);
      unreadable += page == null ? 1 : 0;
      boolean tuning = ExtractionCorpus.inTuningHalf(c);
      tuningPages += tuning ? 1 : 0;
      for (Tally t : tallies) {
        t.run(c, page, tuning);
        if (page != null && t.extractor instanceof OursExtractor ours) {
          metadata = metadata.plus(metadataScorer.score(c, ours.article(page)));
        }
      }
    }
    List<ExtractorResult> results = tallies.stream().map(Tally::result).toList();
    return new ExtractionReport(corpus.cases().size(), tuningPages, unreadable, results, metadata);
  }

  private RawDocument load(ExtractionCorpus corpus, ExtractionCase c) {
    IngestResult read = reader.read(List.of(corpus.page(c)));
    if (read.documents().isEmpty()) {
      return null;
    }
    RawDocument doc = read.documents().get(0);
    return new RawDocument(
        doc.id(),
        doc.input(),
        doc.format(),
        doc.content(),
        new ArticleHints(null, null, c.url(), null, null));
  }

  /** One extractor's running counts. */
  private final class Tally {
    final TextExtractor extractor;
    Confusion tuning = Confusion.ZERO;
    Confusion check = Confusion.ZERO;
    int pages;
    int failures;
    long nanos;

    Tally(TextExtractor extractor) {
      this.extractor = extractor;
    }

    void run(ExtractionCase c, RawDocument page, boolean inTuning) {
      String output = "";
      if (page != null) {
        long start = System.nanoTime();
        try {
          output = extractor.extract(page);
        } catch (Exception | StackOverflowError e) {
          failures++;
        }
        nanos += System.nanoTime() - start;
        pages++;
      }
      Confusion score = scorer.score(c, output);
      if (inTuning) {
        tuning = tuning.plus(score);
      } else {
        check = check.plus(score);
      }
    }

    ExtractorResult result() {
      return new ExtractorResult(
          extractor.name(), tuning.plus(check), tuning, check, pages, failures, nanos);
    }
  }
}
