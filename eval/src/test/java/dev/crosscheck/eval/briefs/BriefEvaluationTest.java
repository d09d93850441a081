package dev.crosscheck.eval.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefEvaluationTest {
  static final Path TINY = Path.of("src/test/resources/dev/crosscheck/eval/briefs/tiny");

  @Test
  void scoresEveryStoryBesideTheLeadBaseline() {
    BriefEvaluation.Report report = new BriefEvaluation().evaluate(TINY);
    assertThat(report.stories()).isEqualTo(2);
    assertThat(report.systems())
        .extracting(BriefEvaluation.SystemScores::system)
        .containsExactly("crosscheck", "lead");
    assertThat(report.systems().get(0).rouge1()).isGreaterThan(0.3);
    assertThat(report.format()).contains("ROUGE-2").contains("lead");
  }

  @Test
  void aFolderWithoutSummariesIsRejected(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), "");
    Files.writeString(dir.resolve("gold.tsv"), "id\tstory\n");
    assertThatThrownBy(() -> new BriefEvaluation().evaluate(dir)).hasMessageContaining("summaries");
  }

  @Test
  void aFolderWithoutArticlesIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> new BriefEvaluation().evaluate(dir))
        .hasMessageContaining("articles.jsonl");
  }

  @Test
  @Tag("shared")
  void allsidesValidation() {
    Path val = Path.of("../../shared/data/stories/allsides-val");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(val));
    BriefEvaluation.Report report = new BriefEvaluation().evaluate(val);
    assertThat(report.stories()).isEqualTo(307);
    // Figures reached on 2026-11-21 (README results table); a drop shows a regression.
    assertThat(report.systems().get(0).rouge1()).isGreaterThan(0.35);
    assertThat(report.systems().get(0).rouge2()).isGreaterThan(0.14);
  }
}
