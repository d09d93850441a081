package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.report.HtmlReportWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo corpus in {@code ../shared/seeds}: five real articles about the Riyadh talks. */
@Tag("shared")
class SeedCorpusTest {
  private static RunResult result;

  @BeforeAll
  static void run() {
    result = SeedRun.result();
  }

  @Test
  void allFiveSeedsAreOneStory() {
    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles()).hasSize(5);
    assertThat(result.stories()).hasSize(1);
    assertThat(result.stories().get(0).articles()).hasSize(5);
  }

  @Test
  void theStoryHasABriefLineageAndClaims() {
    Story story = result.stories().get(0);
    assertThat(story.brief()).hasSizeBetween(3, 7);
    assertThat(story.brief()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
    assertThat(story.origins()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(story.claims()).anyMatch(c -> c.status() == ClaimStatus.CORROBORATED);
    assertThat(story.claims()).anyMatch(c -> c.independentSources() >= 3);
  }

  @Test
  void theTranslatedRewriteAndTheSpunParaphraseShareALineage() {
    // 000 (translated, with added commentary) and 001 (spun) both rework the same CNN report.
    Story story = result.stories().get(0);
    assertThat(story.origins())
        .anyMatch(g -> g.containsAll(List.of("000_471f989a0b843033", "001_81962ac6a62b071b")));
  }

  @Test
  void theAiPaddedPageIsFullOfFiller() {
    ArticleResult padded =
        result.articles().stream()
            .filter(a -> a.article().id().startsWith("002_"))
            .findFirst()
            .orElseThrow();
    assertThat(padded.fillerSentences()).isGreaterThanOrEqualTo(8);
    assertThat(padded.role()).isNotEqualTo(Role.ORIGINAL);
  }

  @Test
  void theChangedEnvoyTitleIsFlagged() {
    // 000 calls Keith Kellogg the "former" envoy; 001 calls him the envoy.
    assertThat(result.stories().get(0).claims())
        .anyMatch(
            c ->
                c.status() == ClaimStatus.CONTRADICTED
                    && c.text().contains("Kellogg")
                    && c.conflicts().stream().anyMatch(x -> x.text().contains("former")));
  }

  @Test
  void theReportIsReadable() {
    String html = new HtmlReportWriter().write(result);
    assertThat(html).contains("Kellogg").contains("corroborated");
  }
}
