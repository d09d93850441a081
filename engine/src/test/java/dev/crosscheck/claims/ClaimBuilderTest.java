package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Claims through the whole pipeline on small stories written for the purpose. */
class ClaimBuilderTest {
  static final String ORIGINAL =
      "Secretary of State Marco Rubio will meet Russian Foreign Minister Sergei Lavrov in Riyadh"
          + " tomorrow, the State Department said on Sunday.\n\n"
          + "The talks will cover the war in Ukraine and the reopening of embassies in both"
          + " capitals, officials said.\n\n"
          + "\"We are here to listen and to find out whether they are serious,\" Rubio told"
          + " reporters at the airport.\n\n"
          + "About 40 delegates from both governments are expected to attend the first session of"
          + " the meeting.\n\n"
          + "The Kremlin said the Russian delegation would be led by Lavrov and the adviser Yuri"
          + " Ushakov.";

  private static Article article(String id, String published, String text) {
    return new Article(id, id + ".txt", "Talks", null, null, null, published, "en", text);
  }

  private static List<Conflict> conflicts(RunResult result) {
    return result.stories().get(0).claims().stream().flatMap(c -> c.conflicts().stream()).toList();
  }

  @Test
  void variantsThatOnlyLookDifferentAreNotConflicts() {
    // Dated the Monday: its "tomorrow" is the rewrite's "Tuesday".
    String rewrite =
        ORIGINAL
            .replace("Secretary of State Marco Rubio", "Rubio")
            .replace("Sergei", "Sergey")
            .replace("tomorrow", "on Tuesday")
            .replace("Riyadh", "Riyadh, Saudi Arabia,");
    RunResult result =
        new Pipeline()
            .summarize(
                "s",
                List.of(
                    article("original", "2025-02-17", ORIGINAL),
                    article("rewrite", "2025-02-17", rewrite)));
    assertThat(result.articles()).extracting(a -> a.derivedFrom()).contains("original");
    assertThat(conflicts(result)).isEmpty();
  }

  @Test
  void aChangedPlaceSpeakerAndFigureAreConflictsCitingBothSides() {
    String changed =
        ORIGINAL
            .replace("in Riyadh", "in Geneva")
            .replace("Rubio told", "Lavrov told")
            .replace("About 40", "About 60");
    RunResult result =
        new Pipeline()
            .summarize(
                "s",
                List.of(
                    article("original", "2025-02-17", ORIGINAL),
                    article("changed", null, changed)));
    List<Claim> contradicted =
        result.stories().get(0).claims().stream()
            .filter(c -> c.status() == ClaimStatus.CONTRADICTED)
            .toList();
    assertThat(contradicted)
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.sources()).containsExactly("original"))
        .allSatisfy(c -> assertThat(c.conflicts().get(0).sources()).containsExactly("changed"));
    assertThat(conflicts(result))
        .extracting(Conflict::text)
        .anyMatch(t -> t.contains("Geneva"))
        .anyMatch(t -> t.contains("Lavrov told"))
        .anyMatch(t -> t.contains("About 60"));
  }

  @Test
  void shuffledParagraphsGiveTheSameClaims() {
    List<String> paragraphs = new ArrayList<>(List.of(ORIGINAL.split("\n\n")));
    Collections.shuffle(paragraphs, new Random(7));
    String shuffled = String.join("\n\n", paragraphs).replace("About 40", "About 60");
    RunResult result =
        new Pipeline()
            .summarize(
                "s",
                List.of(article("original", null, ORIGINAL), article("shuffled", null, shuffled)));
    assertThat(result.stories().get(0).origins()).hasSize(1);
    assertThat(conflicts(result))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).contains("About 60"));
  }

  @Test
  void aFactInsideALongerSentenceIsCorroboratedOnItsOwn() {
    // The bundled example's miss: the independent report gives the injured count in a relative
    // clause of a sentence about something else.
    String wire =
        "A fuel barge exploded at the Port of Velmora on Monday night, injuring 14 people, port"
            + " officials said on Tuesday.\n\n"
            + "Firefighters fought the blaze for nearly six hours before bringing it under control.";
    String independent =
        "Union leaders said on Tuesday that they had complained about worn fuel hoses six weeks"
            + " before Monday's explosion aboard the Kestrel Dawn, which left 14 people hurt.\n\n"
            + "The union sent a letter to port managers asking for the hoses to be replaced.";
    StoryClaims claims =
        ClaimMarks.of(
            List.of(
                article("wire", "2026-03-03", wire),
                article("independent", "2026-03-03", independent)));
    Claim injured =
        claims.claims().stream()
            .filter(c -> c.text().contains("14 people"))
            .findFirst()
            .orElseThrow();
    assertThat(injured.sources()).as(claims.toString()).containsExactly("independent", "wire");
    assertThat(injured.independentSources()).as(claims.toString()).isEqualTo(2);
    assertThat(injured.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(claims.claims())
        .anySatisfy(c -> assertThat(c.text()).endsWith("aboard the Kestrel Dawn."));
    // The sentence of the independent report stating the corroborated fact is not unsupported
    // as a whole: its main clause still is.
    assertThat(claims.unsupported().get("independent")).contains(0);
  }

  @Test
  void claimsOfOneLineageOnlyAreMarkedPerSentence() {
    String independent =
        "Russian Foreign Minister Sergei Lavrov and Secretary of State Marco Rubio meet in Riyadh"
            + " on Tuesday for the first high-level talks in three years.\n\n"
            + "Dozens of delegates from both governments were expected at the first session of the"
            + " meeting, local media reported.\n\n"
            + "Saudi officials have hosted several rounds of mediation between the two sides.";
    StoryClaims claims =
        ClaimMarks.of(
            List.of(
                article("original", "2025-02-17", ORIGINAL),
                article("independent", "2025-02-17", independent)));
    assertThat(claims.unsupported())
        .as(claims.toString())
        .containsOnlyKeys("original", "independent");
    assertThat(claims.unsupported().get("independent")).contains(2);
    assertThat(claims.unsupported().get("original")).contains(1, 2).doesNotContain(0);
    assertThat(ClaimMarks.of(List.of(article("only", null, ORIGINAL))).unsupported()).isEmpty();
  }

  @Test
  void anEmptyArticleHasNoClaims() {
    RunResult result = new Pipeline().summarize("s", List.of(article("empty", null, "")));
    assertThat(result.stories().get(0).claims()).isEmpty();
  }
}
