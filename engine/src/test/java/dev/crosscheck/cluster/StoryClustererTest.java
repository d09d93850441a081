package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private final StoryClusterer clusterer = new StoryClusterer();

  private static List<ArticleProfile> corpus() {
    return List.of(
        Fixtures.profile("a", Fixtures.ORIGINAL),
        Fixtures.profile("b", Fixtures.SPUN),
        Fixtures.profile("c", Fixtures.UNRELATED),
        Fixtures.profile(
            "d",
            "Velmora's harbour minister Corvina Halst promised an inquiry after the barge fire"
                + " that injured 14 dock workers at the port. The blast on the fuel barge"
                + " forced the port to stop fuel transfers."));
  }

  @Test
  void reportsOfOneEventFormOneStory() {
    assertThat(clusterer.cluster(corpus(), Set.of()))
        .containsExactly(List.of("a", "b", "d"), List.of("c"));
  }

  @Test
  void knownCopiesAreAlwaysTogether() {
    List<ArticleProfile> two =
        List.of(Fixtures.profile("x", "Short note one."), Fixtures.profile("y", "Other words."));
    assertThat(clusterer.cluster(two, Set.of(Set.of("x", "y")))).containsExactly(List.of("x", "y"));
  }

  @Test
  void seededShufflesGiveTheSameStories() {
    List<List<String>> expected = clusterer.cluster(corpus(), Set.of());
    Random random = new Random(11);
    for (int i = 0; i < 10; i++) {
      List<ArticleProfile> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, random);
      assertThat(clusterer.cluster(shuffled, Set.of())).isEqualTo(expected);
    }
  }

  @Test
  void emptyAndSingleInputs() {
    assertThat(clusterer.cluster(List.of(), Set.of())).isEmpty();
    assertThat(clusterer.cluster(List.of(Fixtures.profile("a", "")), Set.of()))
        .containsExactly(List.of("a"));
  }

  @Test
  void rejectsAnImpossibleThreshold() {
    assertThatThrownBy(() -> new StoryClusterer(1.5))
        .hasMessage("threshold (1.5) must be in (0, 1]");
  }
}
