package dev.crosscheck.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Role;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.Fixtures;
import dev.crosscheck.similarity.PairComparer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageTracerTest {
  private final LineageTracer tracer = new LineageTracer();

  private Lineage trace(List<ArticleProfile> members, Map<String, Integer> filler) {
    ComparisonTable table = ComparisonTable.of(members, new PairComparer(), t -> 1.0);
    return tracer.trace(members, table, filler);
  }

  @Test
  void theDatedFirstReportIsTheOriginalAndCopiesHangFromIt() {
    ArticleProfile original =
        Fixtures.profile(Fixtures.article("wire", "T", "2026-03-03", Fixtures.ORIGINAL));
    ArticleProfile copy = Fixtures.profile("copy", Fixtures.ORIGINAL);
    ArticleProfile spun = Fixtures.profile("spun", Fixtures.SPUN);
    ArticleProfile other = Fixtures.profile("other", Fixtures.UNRELATED);
    Lineage lineage = trace(List.of(copy, spun, other, original), Map.of());
    assertThat(lineage.groups()).containsExactly(List.of("wire", "copy", "spun"), List.of("other"));
    assertThat(lineage.nodes().get("wire").role()).isEqualTo(Role.ORIGINAL);
    assertThat(lineage.nodes().get("copy").role()).isEqualTo(Role.COPY);
    assertThat(lineage.nodes().get("copy").derivedFrom()).isEqualTo("wire");
    assertThat(lineage.nodes().get("spun").role()).isEqualTo(Role.REWRITE);
    assertThat(lineage.nodes().get("other").role()).isEqualTo(Role.INDEPENDENT);
  }

  @Test
  void withoutDatesTheArticleWithoutFillerIsTheOriginal() {
    String padded =
        Fixtures.ORIGINAL
            + " This development underscores the importance of port safety."
            + " As the situation unfolds, the world watches closely. Stay tuned for updates.";
    Lineage lineage =
        trace(
            List.of(
                Fixtures.profile("padded", padded), Fixtures.profile("plain", Fixtures.ORIGINAL)),
            Map.of("padded", 3));
    assertThat(lineage.groups()).containsExactly(List.of("plain", "padded"));
    assertThat(lineage.nodes().get("padded").role()).isEqualTo(Role.PADDED);
  }

  @Test
  void aDifferentLanguageMakesATranslation() {
    ArticleProfile english =
        Fixtures.profile(Fixtures.article("en", null, "2026-03-03", Fixtures.ORIGINAL));
    var article = Fixtures.article("de", null, null, Fixtures.ORIGINAL);
    ArticleProfile german =
        Fixtures.profile(
            new dev.crosscheck.model.Article(
                "de", "de.txt", null, null, null, null, null, "de", article.text()));
    Lineage lineage = trace(List.of(english, german), Map.of());
    assertThat(lineage.nodes().get("de").role()).isEqualTo(Role.TRANSLATION);
  }

  @Test
  void oneArticleIsIndependentAndNoneIsEmpty() {
    Lineage one = trace(List.of(Fixtures.profile("a", Fixtures.ORIGINAL)), Map.of());
    assertThat(one.nodes().get("a").role()).isEqualTo(Role.INDEPENDENT);
    assertThat(trace(List.of(), Map.of()).groups()).isEmpty();
  }
}
