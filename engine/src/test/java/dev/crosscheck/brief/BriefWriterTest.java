package dev.crosscheck.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static AnalyzedArticle article(String id, String title, String text) {
    return ANALYZER.analyze(new Article(id, id, title, null, null, null, null, "en", text));
  }

  private static Claim claim(String text, List<String> sources, int independent) {
    ClaimStatus status = independent > 1 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
    return new Claim(text, sources, independent, status, List.of());
  }

  private static final List<AnalyzedArticle> PORT =
      List.of(
          article(
              "a",
              "Barge blast at Velmora port",
              "A fuel barge exploded at Quay 7 of Velmora port on Monday night. "
                  + "Fourteen people were injured in the blast at the port. "
                  + "This development underscores the growing concerns about safety."),
          article(
              "b",
              "Explosion rocks Velmora harbour",
              "A barge loaded with fuel exploded at Velmora port late on Monday. "
                  + "Around 120 firefighters fought the fire at the port for six hours."),
          article(
              "c",
              "Velmora port explosion injures fourteen",
              "Fourteen people were hurt when a fuel barge exploded in Velmora port on Monday. "
                  + "The harbour minister ordered an inquiry into the cause of the blast."));

  private static final List<Claim> PORT_CLAIMS =
      List.of(
          claim(
              "A fuel barge exploded at Quay 7 of Velmora port on Monday night.",
              List.of("a", "b", "c"),
              3),
          claim("Fourteen people were injured in the blast at the port.", List.of("a"), 1),
          claim(
              "Around 120 firefighters fought the fire at the port for six hours.",
              List.of("b"),
              1),
          claim(
              "The harbour minister ordered an inquiry into the cause of the blast.",
              List.of("c"),
              1));

  @Test
  void takesOneStatementPerClaimCitingAllItsSourcesAndNoFiller() {
    List<BriefSentence> brief = new BriefWriter().write(PORT_CLAIMS, PORT, 3);
    assertThat(brief).hasSize(3);
    // The event, told by all three reports, leads; the other reports' versions of it are not
    // repeated.
    assertThat(brief.get(0).text()).contains("exploded").contains("Velmora port");
    assertThat(brief.get(0).sources()).containsExactly("a", "b", "c");
    assertThat(brief.get(0).independentSources()).isEqualTo(3);
    assertThat(brief.stream().filter(s -> s.text().contains("exploded"))).hasSize(1);
    assertThat(brief).extracting(BriefSentence::text).noneMatch(t -> t.contains("underscores"));
  }

  @Test
  void fillerFoundBeforeGivesTheSameBriefAndIsTrusted() {
    FillerDetector detector = new FillerDetector();
    Map<String, Set<Integer>> filler = new HashMap<>();
    for (AnalyzedArticle a : PORT) {
      Set<Integer> indexes = new HashSet<>();
      a.sentences().stream()
          .filter(s -> detector.isFiller(s.text(), s.tokens()))
          .forEach(s -> indexes.add(s.index()));
      filler.put(a.id(), indexes);
    }
    assertThat(filler.get("a")).containsExactly(2);
    assertThat(new BriefWriter().write(PORT_CLAIMS, PORT, 3, filler))
        .isEqualTo(new BriefWriter().write(PORT_CLAIMS, PORT, 3));

    // Sentences given as filler are left out, whatever they say.
    Map<String, Set<Integer>> all = new HashMap<>();
    PORT.forEach(a -> all.put(a.id(), Set.of(0, 1, 2)));
    assertThat(new BriefWriter().write(PORT_CLAIMS, PORT, 3, all)).isEmpty();
  }

  @Test
  void theBriefDoesNotDependOnTheOrderOfArticlesOrClaims() {
    List<AnalyzedArticle> articles = new ArrayList<>(PORT);
    Collections.reverse(articles);
    List<Claim> claims = new ArrayList<>(PORT_CLAIMS);
    Collections.reverse(claims);
    assertThat(new BriefWriter().write(claims, articles, 3))
        .extracting(BriefSentence::text)
        .containsExactlyElementsOf(
            new BriefWriter()
                .write(PORT_CLAIMS, PORT, 3).stream().map(BriefSentence::text).toList());
  }

  @Test
  void claimsWithoutTheirArticlesSpeakForThemselves() {
    List<Claim> claims =
        List.of(
            claim("The barge exploded at Quay 7 on Monday night.", List.of("a", "b"), 2),
            claim("The barge exploded at Quay 7 on Monday night, officials said.", List.of("a"), 1),
            new Claim(
                "Fourteen people were injured in the blast at the port.",
                List.of("a", "b"),
                2,
                ClaimStatus.CONTRADICTED,
                List.of(new Conflict("Forty people were injured.", List.of("b")))),
            claim("Too short.", List.of("a"), 1),
            claim("The minister ordered an inquiry into the cause of the blast.", List.of("b"), 1));
    List<BriefSentence> brief = new BriefWriter(3).write(claims, List.of(), 3);
    assertThat(brief)
        .extracting(BriefSentence::text)
        .containsExactly(
            "The barge exploded at Quay 7 on Monday night.",
            "Fourteen people were injured in the blast at the port.",
            "The minister ordered an inquiry into the cause of the blast.");
  }

  @Test
  void seededRandomClaimsNeverExceedTheLimitNorRepeatAClaim() {
    Random random = new Random(5);
    List<Claim> claims = new ArrayList<>();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 10; w++) {
        text.append("w").append(random.nextInt(200)).append(' ');
      }
      String sentence = text.toString().strip() + ".";
      claims.add(claim(sentence, List.of("a" + (i % 7)), 1 + random.nextInt(3)));
      articles.add(article("a" + i, null, sentence));
    }
    List<BriefSentence> brief = new BriefWriter().write(claims, articles, 9);
    assertThat(brief).hasSize(BriefWriter.DEFAULT_MAX_SENTENCES);
    assertThat(brief).extracting(BriefSentence::text).doesNotHaveDuplicates();
  }

  @Test
  void noClaimsNoBrief() {
    assertThat(new BriefWriter().write(List.of(), List.of(), 1)).isEmpty();
  }
}
