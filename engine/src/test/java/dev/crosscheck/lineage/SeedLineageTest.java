package dev.crosscheck.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.pipeline.SeedRun;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lineage and filler on the five real articles in {@code ../shared/seeds}, as a person reading all
 * five decided (2026-11-21). None of them is the wire original: 000 and 001 are two versions of one
 * report (every fact of 001 is in 000, in the same order, reworded; 000 adds one evaluative
 * sentence per paragraph), so they are one lineage group with 000 padded from 001; 002 (an SEO page
 * citing Reuters, AFP and Press TV), 003 (Al Jazeera's report) and 004 (a content-farm page) each
 * share one or two reworded facts with the others and nothing sentence by sentence: independent.
 */
@Tag("shared")
class SeedLineageTest {
  private static RunResult result;

  @BeforeAll
  static void run() {
    result = SeedRun.result();
  }

  @Test
  void theReworkedReportIsOneGroupAndTheOthersAreIndependent() {
    assertThat(result.stories()).hasSize(1);
    assertThat(result.stories().get(0).origins())
        .containsExactly(
            List.of("001_81962ac6a62b071b", "000_471f989a0b843033"),
            List.of("002_a4e3fab3b0f95d5a"),
            List.of("003_34961a2c7063a7f4"),
            List.of("004_6a42dfd4ca0a619f"));
    Map<String, String> roles = new TreeMap<>();
    for (ArticleResult a : result.articles()) {
      roles.put(
          a.article().id().substring(0, 3),
          a.role().label() + (a.derivedFrom() == null ? "" : " of " + a.derivedFrom()));
    }
    assertThat(roles)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "000", "padded of 001_81962ac6a62b071b",
                    "001", "original",
                    "002", "independent",
                    "003", "independent",
                    "004", "independent")));
  }

  @Test
  void everyFillerMarkIsPaddingAPersonWouldCutAndNoOtherSentenceIsMarked() {
    Map<String, List<String>> marked = new TreeMap<>();
    TextAnalyzer analyzer = new TextAnalyzer();
    FillerDetector detector = new FillerDetector();
    for (ArticleResult a : result.articles()) {
      Article article = a.article();
      AnalyzedArticle analyzed = analyzer.analyze(article);
      List<String> starts = new ArrayList<>();
      for (Sentence s : analyzed.sentences()) {
        if (detector.isFiller(s.text(), s.tokens())) {
          starts.add(s.text().strip().substring(0, Math.min(48, s.text().strip().length())));
        }
      }
      marked.put(article.id().substring(0, 3), starts);
      assertThat(a.fillerSentences()).as(article.id()).isEqualTo(starts.size());
    }
    // 000: the sentence it appends to each paragraph of 001's report.
    assertThat(marked.get("000"))
        .containsExactly(
            "These discussions could potentially pave the way",
            "Their involvement highlights the growing diploma",
            "This parallel approach suggests a multi-faceted ",
            "This stance reflects the UK's commitment to Euro",
            "This meeting underscores the urgency and complex",
            "These factors highlight the close relationship b");
    assertThat(marked.get("001")).isEmpty();
    assertThat(marked.get("003")).isEmpty();
    // 002: significance talk, vague goals and the sign-off; its few facts (Waltz, Rubio and
    // Witkoff to Saudi Arabia, sanctions on oil revenues, the Rubio-Lavrov calls) stay unmarked.
    assertThat(marked.get("002"))
        .containsExactlyElementsOf(
            Arrays.asList(
                "This high-level meeting underscores the urgency ",
                "The involvement of high-profile figures highligh",
                "- This diplomatic effort aims to find a lasting ",
                "The neutral location has been carefully chosen t",
                "Their participation underscores the importance o",
                "The choice of this location reflects its strateg",
                "This coordinated effort aims to address critical",
                "The involvement of both Russian and Middle Easte",
                "These discussions will focus on finding a sustai",
                "This approach ensures a balanced dialogue.",
                "Insights from diplomatic figures like Kellogg hi",
                "These conversations underscore the urgency of fi",
                "These strategies aim to create a pathway for las",
                "The involvement of high-profile figures like Rub",
                "The ongoing diplomatic discussions are reshaping",
                "Reports from Reuters and Press TV highlight the ",
                "The security implications of these sanctions are",
                "Europe’s absence from the peace talks has raised",
                "These responses will play a key role in determin",
                "These developments underscore the complexity of ",
                "The involvement of key players like Moscow and t",
                "The recent diplomatic efforts in Saudi Arabia ma",
                "While the discussions offer hope, challenges rem",
                "Europe’s exclusion and underlying security issue",
                "The involvement of Russia and other global playe",
                "These talks could herald significant shifts in i",
                "As negotiations progress, the world watches clos",
                "Stay tuned for further updates as these critical"));
    // 004: its closing commentary and the words to the reader.
    assertThat(marked.get("004"))
        .containsExactly(
            "The shift in U.S. policy indicates that European",
            "The US and Russia meeting in Riyadh signals a si",
            "As the discussions unfold, it will be crucial to",
            "Follow the latest developments in this escalatin",
            "Your insights are also valuable; feel free to sh");
  }
}
