package dev.crosscheck.cluster;

import java.time.LocalDate;

/** The clusterer contract with the story cross-encoder weighing ambiguous pairs. */
class StoryModelClustererContractTest extends ClustererContractTest {
  /** One scorer for all tests: its model takes about a second to load. */
  private static final LinkScorer SCORER = LinkScorer.withStoryModel();

  @Override
  ArticleClusterer clusterer(int threads) {
    return IncrementalClusterer.withScorer(LocalDate.of(2025, 3, 1), SCORER, threads);
  }
}
