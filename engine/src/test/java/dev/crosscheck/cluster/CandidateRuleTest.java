package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRuleTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  // Two reports of one event in other words: they share one name and no other key.
  private static final Article FLOOD =
      new Article(
          "flood",
          "flood",
          "Quelmar evacuates riverside homes",
          null,
          null,
          null,
          null,
          "en",
          "Rescue crews moved families out overnight as water rose behind the levee.");
  private static final Article SAME_FLOOD =
      new Article(
          "same-flood",
          "same-flood",
          "Rising water drives residents from Quelmar",
          null,
          null,
          null,
          null,
          "en",
          "Boats ferried elderly people to shelters while sandbags were stacked along streets.");

  /** A pair reader that says "one event" to every pair: only who meets decides. */
  private static LinkScorer alwaysOneEvent(CandidateRule rule) {
    return new LinkScorer(new LinkScorer(), new PairSignal.Weighted("yes", 1.0, (a, b) -> 1), 0, 1)
        .withCandidates(rule);
  }

  private static List<List<String>> stories(LinkScorer scorer) {
    IncrementalClusterer clusterer = IncrementalClusterer.withScorer(TODAY, scorer, 1);
    clusterer.add(List.of(FLOOD, SAME_FLOOD));
    return clusterer.stories();
  }

  @Test
  void theFixtureSharesExactlyOneKey() {
    FeatureExtractor extractor = new FeatureExtractor(TODAY);
    long[] a = extractor.extract(FLOOD).keys();
    long[] b = extractor.extract(SAME_FLOOD).keys();
    assertThat(Arrays.stream(a).filter(k -> Arrays.stream(b).anyMatch(x -> x == k)).count())
        .isEqualTo(1);
  }

  @Test
  void oneSharedKeyMeetsUnderTheWideRuleOnly() {
    assertThat(stories(alwaysOneEvent(CandidateRule.DEFAULT))).hasSize(2);
    assertThat(stories(alwaysOneEvent(CandidateRule.WIDE)))
        .containsExactly(List.of("flood", "same-flood"));
  }

  @Test
  void scorersCarryTheirRule() {
    assertThat(new LinkScorer().candidateRule()).isEqualTo(CandidateRule.DEFAULT);
    assertThat(CandidateRule.DEFAULT)
        .isEqualTo(
            new CandidateRule(
                IncrementalClusterer.DEFAULT_MIN_SHARED_KEYS,
                IncrementalClusterer.DEFAULT_MIN_KEY_OVERLAP));
    LinkScorer wide = new LinkScorer().withCandidates(CandidateRule.WIDE);
    assertThat(wide.candidateRule()).isEqualTo(CandidateRule.WIDE);
    // A band added over it keeps the rule.
    assertThat(
            new LinkScorer(wide, new PairSignal.Weighted("s", 0.4, (a, b) -> 0), 0.1, 0.6)
                .candidateRule())
        .isEqualTo(CandidateRule.WIDE);
  }

  @Test
  void rejectsARuleThatMeetsEverything() {
    assertThatThrownBy(() -> new CandidateRule(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minSharedKeys (0)");
    assertThatThrownBy(() -> new CandidateRule(1, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minKeyOverlap (1.5)");
  }
}
