package dev.crosscheck.cluster;

import java.time.LocalDate;

/** The clusterer contract with the story cross-encoder weighing ambiguous pairs. */
class StoryModelClustererContractTest extends ClustererContractTest {
  /** One scorer for all tests: its model takes about a second to load. */
  private static final LinkScorer SCORER = LinkScorer.withStoryModel();

  @Override
  ArticleClusterer clusterer(int threads) {
    return new IncrementalClusterer(
        new FeatureExtractor(LocalDate.of(2025, 3, 1)),
        SCORER,
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
        threads);
  }
}
