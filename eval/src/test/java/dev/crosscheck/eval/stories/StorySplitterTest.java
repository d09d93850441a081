package dev.crosscheck.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
  @Test
  void dealsWholeStoriesInTurn() throws Exception {
    StoryDataSet data = StoryDataSet.read(StoryEvaluatorTest.tiny());
    List<StoryDataSet> parts = StorySplitter.split(data, 2);
    assertThat(parts.get(0).articles()).extracting(Article::id).containsExactly("q1", "q2");
    assertThat(parts.get(1).articles()).extracting(Article::id).containsExactly("v1", "v2", "m1");
    assertThat(parts.get(1).gold()).containsOnlyKeys("v1", "v2", "m1");
    assertThat(StorySplitter.split(data, 1).get(0).articles()).isEqualTo(data.articles());
  }

  @Test
  void seededRandomSetsArePartitionedByStory() {
    Random random = new Random(5);
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      String id = "a" + i;
      articles.add(new Article(id, "in", "t", null, null, null, null, "en", "text " + i));
      gold.put(id, "s" + random.nextInt(37));
    }
    StoryDataSet data = new StoryDataSet(articles, gold, Map.of());
    List<StoryDataSet> parts = StorySplitter.split(data, 5);
    Set<String> seen = new HashSet<>();
    Map<String, Integer> partOfStory = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (Article a : parts.get(p).articles()) {
        assertThat(seen.add(a.id())).isTrue();
        Integer before = partOfStory.put(gold.get(a.id()), p);
        assertThat(before == null || before == p).as("story in one part").isTrue();
      }
      assertThat(parts.get(p).gold()).hasSize(parts.get(p).articles().size());
    }
    assertThat(seen).hasSize(200);
    assertThat(parts).allSatisfy(part -> assertThat(part.articles()).isNotEmpty());
  }

  @Test
  void emptySetGivesOneEmptyPart() {
    StoryDataSet empty = new StoryDataSet(List.of(), Map.of(), Map.of());
    assertThat(StorySplitter.split(empty, 1))
        .singleElement()
        .satisfies(p -> assertThat(p.articles()).isEmpty());
    assertThatThrownBy(() -> StorySplitter.split(empty, 2))
        .hasMessageContaining("parts (2) must be in [1, 1]");
  }

  @Test
  void evaluatesEachPartWithAFreshClusterer() throws Exception {
    StoryDataSet data = StoryDataSet.read(StoryEvaluatorTest.tiny());
    PartsEvaluation e =
        new StoryEvaluator()
            .evaluateParts(
                "tiny", data, 2, () -> new IncrementalClusterer(LocalDate.of(2025, 1, 1)));
    assertThat(e.parts()).hasSize(2);
    assertThat(e.parts().get(0).articles()).isEqualTo(2);
    assertThat(e.mean(ClusteringScores::precision)).isEqualTo(1.0);
    assertThat(e.format()).contains("tiny in 2 parts").contains("mean").contains("B3 F1");
  }
}
