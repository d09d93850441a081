package dev.crosscheck.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Story;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lineage groups, conflicts and filler marks on the bundled example ({@code examples/corpus}), each
 * checked by reading the articles against the corpus README (2026-11-21).
 */
class BundledLineageTest {
  static final Path CORPUS = Path.of("../examples/corpus");

  private static RunResult result;
  private static Story barge;

  @BeforeAll
  static void run() {
    result = new Pipeline().run(List.of(CORPUS));
    barge = result.stories().get(0);
  }

  @Test
  void theWireAndEverythingMadeFromItAreOneGroupTheCourierAnother() {
    assertThat(barge.origins())
        .containsExactly(
            List.of(
                "wire-original",
                "copy-verbatim",
                "contradicting-copy",
                "copy-edited",
                "spun-rewrite",
                "padded-seo"),
            List.of("independent-report"));
    Map<String, String> roles = new TreeMap<>();
    for (ArticleResult a : result.articles()) {
      roles.put(
          a.article().id(),
          a.role().label() + (a.derivedFrom() == null ? "" : " of " + a.derivedFrom()));
    }
    assertThat(roles)
        .containsEntry("wire-original", "original")
        .containsEntry("copy-verbatim", "copy of wire-original")
        .containsEntry("padded-seo", "padded of wire-original")
        .containsEntry("spun-rewrite", "rewrite of wire-original")
        .containsEntry("contradicting-copy", "rewrite of wire-original")
        .containsEntry("independent-report", "independent")
        .containsEntry("unrelated", "independent");
  }

  @Test
  void theFlaggedConflictsAreTheChangedCountDayAndRole() {
    List<String> conflicts = new ArrayList<>();
    for (Claim c : barge.claims()) {
      c.conflicts().forEach(x -> conflicts.add(c.text() + " | " + x.text()));
    }
    // Claims are atomic: the changed role is flagged in the main clause ("... ordered an
    // independent inquiry") and in the relative clause that names her with her title ("...,
    // who visited the quay early on Tuesday"), each a fact of its own.
    assertThat(conflicts)
        .hasSize(3)
        .anyMatch(
            p ->
                p.contains("on Monday night, injuring 14 people")
                    && p.contains("on Sunday night, injuring 41 people"))
        .anyMatch(p -> p.contains("| Former Harbour Minister Corvina Halst ordered"))
        .anyMatch(p -> p.contains("| Former Harbour Minister Corvina Halst, who visited"));
    assertThat(result.stories().get(1).claims()).allMatch(c -> c.conflicts().isEmpty());
  }

  @Test
  void theInquiryIsCorroboratedByTheIndependentReport() {
    Claim inquiry =
        barge.claims().stream()
            // The main clause: the relative clause about her visit is a claim of its own.
            .filter(c -> c.text().startsWith("Harbour Minister Corvina Halst ordered"))
            .findFirst()
            .orElseThrow();
    assertThat(inquiry.sources()).contains("wire-original", "independent-report");
    assertThat(inquiry.independentSources()).isEqualTo(2);
    assertThat(inquiry.status()).isEqualTo(ClaimStatus.CONTRADICTED);
  }

  @Test
  void onlyThePaddedPageHasFillerAndEveryMarkIsPadding() {
    TextAnalyzer analyzer = new TextAnalyzer();
    FillerDetector detector = new FillerDetector();
    Map<String, List<Integer>> marked = new TreeMap<>();
    for (ArticleResult a : result.articles()) {
      AnalyzedArticle analyzed = analyzer.analyze(a.article());
      List<Integer> indexes = new ArrayList<>();
      for (Sentence s : analyzed.sentences()) {
        if (detector.isFiller(s.text(), s.tokens())) {
          indexes.add(s.index());
        }
      }
      marked.put(a.article().id(), indexes);
      assertThat(a.fillerSentences()).isEqualTo(indexes.size());
    }
    // Every mark read: evaluative padding, stock phrases and words to the reader; the facts in
    // between (the barge, the 14 injured, Halst's inquiry, the 72-hour halt) are unmarked. The
    // closing "share your thoughts ... subscribe" prompt is chrome, dropped at extraction.
    assertThat(marked.get("padded-seo"))
        .containsExactly(
            0, 1, 3, 13, 14, 16, 19, 22, 23, 28, 29, 34, 35, 38, 39, 43, 44, 46, 47, 48, 51, 52,
            53);
    marked.remove("padded-seo");
    assertThat(marked.values()).allMatch(List::isEmpty);
  }
}
