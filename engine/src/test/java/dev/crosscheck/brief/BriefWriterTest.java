package dev.crosscheck.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
  private static Claim claim(String text, int independent, ClaimStatus status) {
    List<Conflict> conflicts =
        status == ClaimStatus.CONTRADICTED ? List.of(new Conflict("x", List.of("b"))) : List.of();
    return new Claim(text, List.of("a", "b"), independent, status, conflicts);
  }

  @Test
  void takesSupportedClaimsSkippingContradictionsAndRepeats() {
    List<BriefSentence> brief =
        new BriefWriter(3)
            .write(
                List.of(
                    claim(
                        "The barge exploded at Quay 7 on Monday night.",
                        3,
                        ClaimStatus.CORROBORATED),
                    claim(
                        "The barge exploded at Quay 7 on Monday night, officials said.",
                        3,
                        ClaimStatus.CORROBORATED),
                    claim(
                        "Fourteen people were injured in the blast at the port.",
                        2,
                        ClaimStatus.CONTRADICTED),
                    claim(
                        "Around 120 firefighters fought the fire for six hours.",
                        2,
                        ClaimStatus.CORROBORATED),
                    claim("Too short.", 1, ClaimStatus.SINGLE_SOURCE),
                    claim(
                        "The minister ordered an inquiry into the cause of the blast.",
                        1,
                        ClaimStatus.SINGLE_SOURCE),
                    claim(
                        "Residents returned home on Tuesday after air tests were done.",
                        1,
                        ClaimStatus.SINGLE_SOURCE)),
                List.of(),
                3);
    assertThat(brief)
        .extracting(BriefSentence::text)
        .containsExactly(
            "The barge exploded at Quay 7 on Monday night.",
            "Around 120 firefighters fought the fire for six hours.",
            "The minister ordered an inquiry into the cause of the blast.");
    assertThat(brief.get(0).independentSources()).isEqualTo(3);
    assertThat(brief.get(0).sources()).containsExactly("a", "b");
  }

  @Test
  void seededRandomClaimsNeverExceedTheLimit() {
    Random random = new Random(5);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 10; w++) {
        text.append("w").append(random.nextInt(200)).append(' ');
      }
      claims.add(
          claim(text.toString().strip() + ".", 1 + random.nextInt(3), ClaimStatus.CORROBORATED));
    }
    assertThat(new BriefWriter().write(claims, List.of(), 9))
        .hasSize(BriefWriter.DEFAULT_MAX_SENTENCES);
  }

  @Test
  void noClaimsNoBrief() {
    assertThat(new BriefWriter().write(List.of(), List.of(), 1)).isEmpty();
  }
}
