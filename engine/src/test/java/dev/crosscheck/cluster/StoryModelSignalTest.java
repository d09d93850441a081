package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryModelSignalTest {
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(LocalDate.of(2026, 1, 1));

  private static StoryModelSignal signal;

  @BeforeAll
  static void load() {
    signal = new StoryModelSignal();
  }

  private static ArticleFeatures features(String id, String title, String text) {
    return EXTRACTOR.extract(new Article(id, id, title, null, null, null, null, "en", text));
  }

  // One event told by two outlets in their own words, and another event of the same topic.
  private static final ArticleFeatures CONFIRMED =
      features(
          "a",
          "Senate confirms Barrett to the Supreme Court",
          "The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett as the 115th"
              + " justice, a week before Election Day, with no Democratic votes.");
  private static final ArticleFeatures SWORN_IN =
      features(
          "b",
          "Republicans push Amy Coney Barrett onto the high court days before the election",
          "Barrett was sworn in at the White House hours after a party-line vote in the Senate"
              + " sealed a 6-3 conservative majority.");
  private static final ArticleFeatures HEARING =
      features(
          "c",
          "Barrett declines to say whether she would recuse herself from election cases",
          "On the second day of her confirmation hearing, Judge Barrett told the Judiciary"
              + " Committee she had made no commitment to the president on any case.");

  @Test
  void siblingsScoreAboveADifferentEventOfTheSameTopic() {
    double siblings = signal.similarity(CONFIRMED, SWORN_IN);
    assertThat(siblings).isGreaterThan(0.5);
    assertThat(siblings).isGreaterThan(signal.similarity(CONFIRMED, HEARING));
    assertThat(siblings).isGreaterThan(signal.similarity(SWORN_IN, HEARING));
  }

  @Test
  void isSymmetricAndReadsAPairOnce() {
    StoryModelSignal fresh = new StoryModelSignal();
    double ab = fresh.similarity(CONFIRMED, HEARING);
    double ba = fresh.similarity(HEARING, CONFIRMED);
    assertThat(ab).isBetween(0.0, 1.0).isCloseTo(ba, within(0.0));
    assertThat(fresh.pairsScored()).isEqualTo(1);
    // The stored form (what the clusterer keeps) reads as the full article.
    assertThat(fresh.similarity(CONFIRMED.stored(), HEARING.stored())).isEqualTo(ab);
    assertThat(fresh.pairsScored()).isEqualTo(1);
  }

  @Test
  void articleWithoutWordsMatchesNothing() {
    ArticleFeatures empty = features("e", "", "");
    assertThat(signal.similarity(empty, CONFIRMED)).isZero();
    assertThat(signal.similarity(CONFIRMED, empty)).isZero();
  }

  @Test
  void scorerWithStoryModelReadsOnlyItsBand() {
    LinkScorer scorer = LinkScorer.withStoryModel();
    assertThat(scorer.ambiguous().signal()).isInstanceOf(StoryModelSignal.class);
    assertThat(scorer.storyPairsScored()).isZero();
    ArticleFeatures unrelated =
        features("u", "Heavy rain floods coastal towns", "Storms left thousands without power.");
    double lexical = scorer.lexicalScore(CONFIRMED, unrelated);
    assertThat(lexical).isLessThan(LinkScorer.DEFAULT_STORY_MODEL_LOW);
    assertThat(scorer.score(CONFIRMED, unrelated)).isEqualTo(lexical);
    assertThat(scorer.storyPairsScored()).isZero();
    assertThat(new LinkScorer().storyPairsScored()).isZero();
  }
}
