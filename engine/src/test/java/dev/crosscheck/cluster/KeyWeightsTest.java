package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyWeightsTest {
  private final FeatureExtractor extractor = new FeatureExtractor(LocalDate.of(2025, 3, 1));

  private static Article article(String title, String text) {
    return new Article("a", "a", title, null, null, null, null, "en", text);
  }

  @Test
  void theNameAnArticleIsAboutOutweighsAWordInPassing() {
    ArticleFeatures f =
        extractor.extract(
            article(
                "Tarvonia earthquake kills 12 in Esker",
                "A magnitude 6.8 earthquake struck Tarvonia, collapsing homes in Esker. Rescuers in"
                    + " Esker and across Tarvonia searched the rubble; a spokesman for the harbour"
                    + " said ferries were delayed."));
    int[] weights = KeyWeights.of(f);
    assertThat(weights).hasSameSizeAs(f.keys());
    assertThat(java.util.Arrays.stream(weights).boxed().toList())
        .allSatisfy(w -> assertThat(w).isBetween(0, KeyWeights.SCALE));
    assertThat(weightOf(f, weights, "esker")).isGreaterThan(weightOf(f, weights, "ferries"));
    assertThat(f.entityNames()).isNotEmpty();
    // Entity keys hash the prefixed name: their weight comes from the entity vector.
    assertThat(
            f.entityNames().stream()
                .mapToInt(n -> weightOf(f, weights, BackgroundFrequencies.ENTITY_PREFIX + n))
                .filter(w -> w >= 0)
                .boxed()
                .toList())
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w).isPositive());
  }

  @Test
  void seededRandomTextsGiveWeightsInRangeAlignedWithKeys() {
    Random random = new Random(7);
    for (int n = 0; n < 20; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        text.append(
            random.nextBoolean() ? "Zorvan" + random.nextInt(30) : "word" + random.nextInt(200));
        text.append(w % 12 == 11 ? ". " : " ");
      }
      ArticleFeatures f = extractor.extract(article("Title " + n, text.toString()));
      int[] weights = KeyWeights.of(f);
      assertThat(weights).hasSameSizeAs(f.keys());
      assertThat(java.util.Arrays.stream(weights).boxed().toList())
          .allSatisfy(w -> assertThat(w).isBetween(0, KeyWeights.SCALE));
      assertThat(KeyWeights.of(f)).containsExactly(weights);
    }
  }

  @Test
  void anEmptyArticleHasNoKeysAndNoWeights() {
    assertThat(KeyWeights.of(extractor.extract(article(null, "")))).isEmpty();
  }

  @Test
  void unitsRoundAnOverlapToMillionths() {
    assertThat(KeyWeights.units(0.12)).isEqualTo(120_000);
    assertThat(KeyWeights.units(0)).isZero();
  }

  private static int weightOf(ArticleFeatures f, int[] weights, String term) {
    long key = SparseVector.hash(term);
    for (int i = 0; i < f.keys().length; i++) {
      if (f.keys()[i] == key) {
        return weights[i];
      }
    }
    return -1;
  }
}
