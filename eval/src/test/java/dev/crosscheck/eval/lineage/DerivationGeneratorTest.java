package dev.crosscheck.eval.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DerivationGeneratorTest {
  static final Article SOURCE =
      new Article(
          "src",
          "src.txt",
          "Barge blast",
          null,
          null,
          null,
          null,
          "en",
          "A fuel barge exploded at the Port of Velmora on Monday night, injuring 14 people.\n\n"
              + "Harbour Minister Corvina Halst said the government would open an investigation.\n\n"
              + "\"We will find out what failed and we will publish what we find,\" Halst said.\n\n"
              + "Officials said about 2,300 residents were evacuated from the district.\n\n"
              + "The port handles about 11 million tonnes of cargo a year, officials said.");

  private final DerivationGenerator generator = new DerivationGenerator();

  private Map<Transformation, DerivedArticle> derive(long seed) {
    return generator.derive(SOURCE, seed).stream()
        .collect(Collectors.toMap(DerivedArticle::transformation, Function.identity()));
  }

  @Test
  void oneArticlePerTransformationWithKnownFacts() {
    Map<Transformation, DerivedArticle> d = derive(1);
    assertThat(d).hasSize(Transformation.values().length);
    assertThat(d.get(Transformation.VERBATIM).article().text()).isEqualTo(SOURCE.text());
    assertThat(d.get(Transformation.PADDING).fillerAdded()).isEqualTo(5);
    assertThat(d.get(Transformation.CHANGED_FACTS).changedSentences())
        .hasSizeGreaterThanOrEqualTo(3);
    d.get(Transformation.CHANGED_FACTS)
        .changedSentences()
        .forEach(s -> assertThat(d.get(Transformation.CHANGED_FACTS).article().text()).contains(s));
    assertThat(d.get(Transformation.SYNONYM_SPINNING).article().text())
        .isNotEqualTo(SOURCE.text())
        .contains("Velmora");
    assertThat(d.values()).allSatisfy(a -> assertThat(a.sourceId()).isEqualTo("src"));
    assertThat(d.values()).allSatisfy(a -> assertThat(a.article().published()).isNull());
  }

  @Test
  void changedFactsReachPlacesAndSpeakersAndSurviveReformulation() {
    String text =
        SOURCE.text()
            + "\n\n\"The district will be safe by Friday,\" said Orla Venn, the port's director."
            + "\n\nThe cargo came from Egypt and was bound for Italy.";
    Article source = new Article("s2", "s2.txt", "t", null, null, null, null, "en", text);
    for (long seed = 1; seed <= 5; seed++) {
      Map<Transformation, DerivedArticle> d =
          generator.derive(source, seed).stream()
              .collect(Collectors.toMap(DerivedArticle::transformation, Function.identity()));
      DerivedArticle changed = d.get(Transformation.CHANGED_FACTS);
      assertThat(changed.changedSentences()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(changed.article().text()).doesNotContain("from Egypt and was bound for Italy");
      DerivedArticle reformulated = d.get(Transformation.REFORMULATED_FACTS);
      reformulated
          .changedSentences()
          .forEach(s -> assertThat(reformulated.article().text()).contains(s));
      // Spinning leaves names alone: "Port of Velmora" is never reworded.
      assertThat(d.get(Transformation.SYNONYM_SPINNING).article().text())
          .contains("Port of Velmora");
    }
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    List<String> first = generator.derive(SOURCE, 7).stream().map(a -> a.article().text()).toList();
    List<String> second =
        generator.derive(SOURCE, 7).stream().map(a -> a.article().text()).toList();
    assertThat(first).isEqualTo(second);
  }

  @Test
  void anEmptySourceGivesEmptyDerivations() {
    Article empty = new Article("e", "e.txt", null, null, null, null, null, "en", "");
    assertThat(generator.derive(empty, 1))
        .allSatisfy(d -> assertThat(d.changedSentences()).isEmpty());
  }
}
