package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.cluster.PairSignal;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's pair scorer: words alone by default, or the one it is given. */
class PipelineTest {
  private static Article article(String id, String source, String title, String text) {
    return new Article(id, id, title, source, null, null, null, "en", text);
  }

  // Three reports on Barrett's confirmation: words alone put at least two of them together.
  private static final List<Article> ARTICLES =
      List.of(
          article(
              "confirmed",
              "left.example",
              "Senate confirms Barrett to the Supreme Court",
              "The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett as the 115th"
                  + " justice, a week before Election Day, with no Democratic votes. Barrett"
                  + " takes the seat of the late Ruth Bader Ginsburg."),
          article(
              "sworn-in",
              "right.example",
              "Republicans push Amy Coney Barrett onto the high court days before the election",
              "Barrett was sworn in at the White House hours after a party-line vote in the"
                  + " Senate sealed a 6-3 conservative majority on the court."),
          article(
              "hearing",
              "centre.example",
              "Barrett declines to say whether she would recuse herself from election cases",
              "On the second day of her confirmation hearing, Judge Barrett told the Judiciary"
                  + " Committee she had made no commitment to the president on any case."));

  private static List<List<String>> stories(RunResult result) {
    return result.stories().stream().map(Story::articles).map(List::copyOf).toList();
  }

  @Test
  void theDefaultScoresByWordsAlone() {
    assertThat(new Pipeline().scorer().ambiguous()).isNull();
  }

  @Test
  void storiesAreCutByTheScorerGiven() {
    RunResult words = new Pipeline().process(ARTICLES, List.of());
    assertThat(words.stories()).hasSizeLessThan(ARTICLES.size());

    // A costly signal consulted for every pair and saying "another event" each time.
    LinkScorer never =
        new LinkScorer(new LinkScorer(), new PairSignal.Weighted("never", 1, (a, b) -> 0), 0, 1);
    RunResult apart = new Pipeline(never).process(ARTICLES, List.of());
    assertThat(stories(apart))
        .containsExactlyInAnyOrder(List.of("confirmed"), List.of("sworn-in"), List.of("hearing"));
  }

  @Test
  void aStoryWithoutHeadlinesIsTitledByItsFirstSentenceCut() {
    Article a =
        article(
            "no-title",
            "left.example",
            null,
            "The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett as the 115th"
                + " justice of the Supreme Court. Barrett takes the seat of the late Ruth Bader"
                + " Ginsburg.");
    RunResult result = new Pipeline().process(List.of(a), List.of());
    assertThat(result.stories())
        .singleElement()
        .extracting(Story::title)
        .isEqualTo("The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett as the…");
  }
}
