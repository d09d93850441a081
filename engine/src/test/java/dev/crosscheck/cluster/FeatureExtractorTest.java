package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final BackgroundFrequencies BACKGROUND = BackgroundFrequencies.bundled();

  private static Article article(String id, String title, String text) {
    return new Article(id, id, title, null, null, null, null, "en", text);
  }

  /** An article naming {@code count} made-up people, each in a sentence of their own. */
  private static Article crowded(int count, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("Yesterday the council heard ")
          .append(name(random))
          .append(' ')
          .append(name(random))
          .append(" speak about the plan. ");
    }
    return article("crowded-" + seed, "Council hears residents", text.toString());
  }

  private static String name(Random random) {
    char[] word = new char[6 + random.nextInt(4)];
    for (int i = 0; i < word.length; i++) {
      word[i] = (char) ('a' + random.nextInt(26));
    }
    word[0] = Character.toUpperCase(word[0]);
    return new String(word);
  }

  @Test
  void entityKeysAreTheMostSpecificEntitiesWhateverTheSetOrder() {
    Article article = crowded(30, 7);
    ArticleTerms terms = new TermExtractor(TODAY).extract(article);
    List<String> qualifying =
        terms.entities().stream()
            .filter(e -> BACKGROUND.entityIdf(e) >= FeatureExtractor.DEFAULT_MIN_KEY_IDF)
            .sorted(
                Comparator.comparingDouble((String e) -> -BACKGROUND.entityIdf(e))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    assertThat(qualifying).hasSizeGreaterThan(FeatureExtractor.DEFAULT_ENTITY_KEYS);

    long[] keys =
        new FeatureExtractor(new TermExtractor(TODAY), BACKGROUND).extract(article).keys();
    for (int i = 0; i < qualifying.size(); i++) {
      long key = SparseVector.hash(BackgroundFrequencies.ENTITY_PREFIX + qualifying.get(i));
      assertThat(Arrays.binarySearch(keys, key) >= 0)
          .as("key of %s (rank %d)", qualifying.get(i), i)
          .isEqualTo(i < FeatureExtractor.DEFAULT_ENTITY_KEYS);
    }
  }

  @Test
  void sameArticleSameFeatures() {
    Article article = crowded(20, 11);
    FeatureExtractor extractor = new FeatureExtractor(TODAY);
    ArticleFeatures first = extractor.extract(article);
    ArticleFeatures second = extractor.extract(article);
    assertThat(second.keys()).containsExactly(first.keys());
    assertThat(second.entityNames()).isEqualTo(first.entityNames());
  }

  @Test
  void emptyArticleHasNoKeys() {
    ArticleFeatures features = new FeatureExtractor(TODAY).extract(article("empty", "", ""));
    assertThat(features.keys()).isEmpty();
    assertThat(features.entityNames()).isEmpty();
  }
}
