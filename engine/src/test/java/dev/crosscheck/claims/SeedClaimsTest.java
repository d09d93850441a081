package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conflicts on the demo corpus in {@code ../shared/seeds}, each checked by reading both sides
 * (2026-11-21): nothing else may be flagged.
 */
@Tag("shared")
class SeedClaimsTest {
  static final Path SEEDS = Path.of("../../shared/seeds");

  private static RunResult result;

  @BeforeAll
  static void run() {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project");
    result = new Pipeline().run(List.of(SEEDS));
  }

  @Test
  void lineageGroupsAreTheReworkedReportAndThreeIndependentOnes() {
    assertThat(result.stories().get(0).origins())
        .containsExactly(
            List.of("001_81962ac6a62b071b", "000_471f989a0b843033"),
            List.of("002_a4e3fab3b0f95d5a"),
            List.of("003_34961a2c7063a7f4"),
            List.of("004_6a42dfd4ca0a619f"));
  }

  @Test
  void exactlyTheThreeRealConflictsAreFlagged() {
    List<Claim> contradicted =
        result.stories().get(0).claims().stream()
            .filter(c -> c.status() == ClaimStatus.CONTRADICTED)
            .toList();
    List<String> pairs =
        contradicted.stream()
            .flatMap(c -> c.conflicts().stream().map(x -> side(c) + " | " + side(x)))
            .toList();
    assertThat(pairs)
        .hasSize(3)
        // 000 makes Keith Kellogg the "former" envoy; 001 and 004 call him the envoy.
        .anyMatch(p -> p.contains("Russia-Ukraine envoy,") && p.contains("former Russia-Ukraine"))
        // Peskov's words as two independent outlets quote them: "restoring the whole complex"
        // against "entire complex".
        .anyMatch(p -> p.contains("restoring the whole complex") && p.contains("entire complex"))
        // Rutte's quote lost "the" and "we face" in 000.
        .anyMatch(p -> p.contains("enemies we face") && p.contains("distract us from external"));
  }

  @Test
  void aVersionThatOnlyLooksDifferentIsNoConflict() {
    // "Sergei Lavrov" and "Sergey Lavrov", "Rubio" and "Marco Rubio" appear across the seeds.
    assertThat(result.stories().get(0).claims())
        .flatExtracting(Claim::conflicts)
        .extracting(Conflict::text)
        .noneMatch(t -> t.contains("Lavrov") || t.contains("Rubio"));
  }

  private static String side(Claim c) {
    return c.text();
  }

  private static String side(Conflict c) {
    return c.text();
  }
}
