package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDescriberTest {
  private final FeatureExtractor extractor = new FeatureExtractor(LocalDate.of(2025, 3, 1));

  private ArticleFeatures article(String id, String title, String published, String text) {
    return extractor.extract(
        new Article(id, id, title, null, id + ".example", null, published, "en", text));
  }

  @Test
  void theTitleIsTheHeadlineClosestToTheOthers() {
    StorySummary summary =
        new StoryDescriber()
            .describe(
                List.of(
                    article("a", "US and Russia meet in Riyadh", "2025-02-18", "Talks began."),
                    article(
                        "b", "US and Russia hold talks in Riyadh", "2025-02-19", "Talks went on."),
                    article("c", "Markets shrug", "2025-02-18", "Stocks were flat.")));
    assertThat(summary.title())
        .isIn("US and Russia meet in Riyadh", "US and Russia hold talks in Riyadh");
    assertThat(summary.first()).isEqualTo(LocalDate.of(2025, 2, 18));
    assertThat(summary.last()).isEqualTo(LocalDate.of(2025, 2, 19));
    assertThat(summary.outlets()).containsExactly("a.example", "b.example", "c.example");
  }

  @Test
  void withoutHeadlinesTheTitleIsCutFromTheFirstArticlesFirstLine() {
    String lead =
        "Delegations from Washington and Moscow met for four and a half hours at a palace in"
            + " Riyadh on Tuesday";
    StorySummary summary =
        new StoryDescriber()
            .describe(
                List.of(
                    article("z", null, null, "Another lead that comes second by id."),
                    article("m", " ", null, lead + ".\nA second line.")));
    assertThat(summary.title())
        .isEqualTo("Delegations from Washington and Moscow met for four and a half hours at a…");
  }

  @Test
  void aShortSentenceIsItsOwnTitle() {
    assertThat(StoryDescriber.titleFrom("Talks end in Riyadh")).isEqualTo("Talks end in Riyadh");
    assertThat(
            StoryDescriber.titleFrom(
                "one two three four five six seven eight nine ten eleven"
                    + " twelve thirteen fourteen fifteen"))
        .isEqualTo(
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen…");
  }
}
