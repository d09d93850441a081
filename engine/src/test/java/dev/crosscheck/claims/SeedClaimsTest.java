package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.SeedRun;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The claims on the five real articles in {@code ../shared/seeds}, each conflict and support
 * checked by reading both sides (2026-11-21): nothing else may be flagged.
 */
@Tag("shared")
class SeedClaimsTest {
  private static RunResult result;

  @BeforeAll
  static void run() {
    result = SeedRun.result();
  }

  @Test
  void exactlyTheTwoRealConflictsAreFlagged() {
    List<Claim> contradicted =
        result.stories().get(0).claims().stream()
            .filter(c -> c.status() == ClaimStatus.CONTRADICTED)
            .toList();
    List<String> pairs =
        contradicted.stream()
            .flatMap(c -> c.conflicts().stream().map(x -> side(c) + " | " + side(x)))
            .toList();
    assertThat(pairs)
        .hasSize(2)
        // 000 makes Keith Kellogg the "former" envoy; 001 and 004 call him the envoy.
        .anyMatch(p -> p.contains("Russia-Ukraine envoy,") && p.contains("former Russia-Ukraine"))
        // Starmer's quote lost "the" and "we face" in 000, which rewords 001's report.
        .anyMatch(p -> p.contains("enemies we face") && p.contains("distract us from external"));
  }

  @Test
  void independentOutletsRenderingOneRussianStatementTheirOwnWayAgree() {
    // 003 quotes Peskov on "restoring the whole complex of Russian-American relations", 004 the
    // Foreign Ministry on the "entire complex": two translations of one statement, not a misquote.
    Claim peskov = claim("restoring the whole complex");
    assertThat(peskov.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(peskov.sources()).containsExactly("003_34961a2c7063a7f4", "004_6a42dfd4ca0a619f");
  }

  @Test
  void supportIsOnlyWhereTheOtherArticleStatesTheFact() {
    // Checked by reading: each source states the fact (reworded), no other seed does.
    assertThat(claim("Mike Waltz, Secretary of State Marco Rubio").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("000", "001", "002", "003");
    assertThat(claim("agreed during a phone call").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("003", "004");
    assertThat(claim("Recent calls between Secretary Marco Rubio").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("002", "004");
    // Sentences that share only the story's common names ("Ukraine", "Europe", "Trump", "Saudi
    // Arabia") with another outlet's sentence about something else are not support.
    assertThat(claim("Starmer admitted in the Daily Telegraph").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("000", "001");
    assertThat(claim("Trump's first foreign trip in 2017").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("000");
    assertThat(claim("Just a week ago, Saudi Crown Prince").sources())
        .extracting(id -> id.substring(0, 3))
        .containsExactly("000");
  }

  private static Claim claim(String part) {
    return result.stories().get(0).claims().stream()
        .filter(c -> c.text().contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim containing " + part));
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
