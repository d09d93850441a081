package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.report.JsonResultWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main job on the bundled example corpus ({@code examples/corpus}, see its README). */
class BundledExampleTest {
  static final Path CORPUS = Path.of("../examples/corpus");

  /** Regenerate with {@code mvn -pl engine test -Dtest=BundledExampleTest -Dgolden.update=true}. */
  static final Path GOLDEN =
      Path.of("src/test/resources/dev/crosscheck/pipeline/golden-stories.json");

  private static RunResult result;
  private static Map<String, ArticleResult> articles;

  @BeforeAll
  static void run() {
    result = new Pipeline().run(List.of(CORPUS));
    articles =
        result.articles().stream()
            .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
  }

  @Test
  void everyInputIsAnArticle() {
    assertThat(result.rejected()).isEmpty();
    assertThat(articles).hasSize(8);
  }

  @Test
  void theEventIsOneStoryAndTheFootballFinalAnother() {
    assertThat(result.stories()).hasSize(2);
    assertThat(result.stories().get(0).articles())
        .containsExactlyInAnyOrder(
            "wire-original",
            "copy-verbatim",
            "copy-edited",
            "spun-rewrite",
            "padded-seo",
            "contradicting-copy",
            "independent-report");
    assertThat(result.stories().get(1).articles()).containsExactly("unrelated");
  }

  @Test
  void everyKindOfDerivationIsRecognized() {
    assertRole("wire-original", Role.ORIGINAL, null);
    assertRole("copy-verbatim", Role.COPY, "wire-original");
    assertThat(articles.get("copy-edited").role()).isIn(Role.COPY, Role.REWRITE);
    assertThat(articles.get("copy-edited").derivedFrom()).isEqualTo("wire-original");
    assertRole("spun-rewrite", Role.REWRITE, "wire-original");
    assertRole("padded-seo", Role.PADDED, "wire-original");
    assertRole("contradicting-copy", Role.REWRITE, "wire-original");
    assertRole("independent-report", Role.INDEPENDENT, null);
    assertRole("unrelated", Role.INDEPENDENT, null);
  }

  @Test
  void lineageGroupsSeparateTheWireFromTheIndependentReport() {
    Story story = result.stories().get(0);
    assertThat(story.origins()).hasSize(2);
    assertThat(story.origins().get(0).get(0)).isEqualTo("wire-original");
    assertThat(story.origins().get(1)).containsExactly("independent-report");
  }

  @Test
  void fillerIsCountedInThePaddedPageOnly() {
    assertThat(articles.get("padded-seo").fillerSentences()).isGreaterThanOrEqualTo(5);
    assertThat(articles.get("wire-original").fillerSentences()).isZero();
    assertThat(articles.get("copy-verbatim").fillerSentences()).isZero();
  }

  @Test
  void theChangedFiguresRoleAndDayAreFlagged() {
    List<Claim> contradicted =
        result.stories().get(0).claims().stream()
            .filter(c -> c.status() == ClaimStatus.CONTRADICTED)
            .toList();
    List<String> variants =
        contradicted.stream()
            .flatMap(c -> c.conflicts().stream())
            .filter(c -> c.sources().contains("contradicting-copy"))
            .map(Conflict::text)
            .toList();
    assertThat(variants).anyMatch(t -> t.contains("41 people") && t.contains("Sunday night"));
    assertThat(variants).anyMatch(t -> t.startsWith("Former Harbour Minister"));
    assertThat(contradicted)
        .allSatisfy(c -> assertThat(c.sources()).doesNotContain("contradicting-copy"));
  }

  @Test
  void theIndependentReportCorroboratesTheWire() {
    Claim hospital =
        result.stories().get(0).claims().stream()
            .filter(c -> c.text().contains("Velmora General Hospital"))
            .findFirst()
            .orElseThrow();
    assertThat(hospital.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(hospital.independentSources()).isEqualTo(2);
    assertThat(hospital.sources()).contains("wire-original", "independent-report");
  }

  @Test
  void theBriefCitesItsSourcesAndCarriesNoFiller() {
    for (Story story : result.stories()) {
      assertThat(story.brief()).hasSizeBetween(3, 7);
      story.brief().forEach(s -> assertThat(story.articles()).containsAll(s.sources()));
    }
    assertThat(result.stories().get(0).brief().get(0).independentSources()).isEqualTo(2);
    assertThat(result.stories().get(0).brief())
        .noneMatch(s -> s.text().contains("underscores") || s.text().contains("Stay tuned"));
  }

  @Test
  void shuffledInputGivesTheSameStories() throws IOException {
    List<Path> files;
    try (var stream = Files.list(CORPUS)) {
      files = stream.sorted(java.util.Comparator.reverseOrder()).toList();
    }
    RunResult reversed = new Pipeline().run(files);
    assertThat(reversed.stories()).isEqualTo(result.stories());
  }

  @Test
  void storiesJsonMatchesTheGoldenFile() throws IOException {
    String json = new JsonResultWriter().stories(result);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json)
        .as("stories.json changed; if intended, regenerate with -Dgolden.update=true")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static void assertRole(String id, Role role, String derivedFrom) {
    assertThat(articles.get(id).role()).as(id).isEqualTo(role);
    assertThat(articles.get(id).derivedFrom()).as(id).isEqualTo(derivedFrom);
  }
}
