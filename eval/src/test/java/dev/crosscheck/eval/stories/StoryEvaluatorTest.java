package dev.crosscheck.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.eval.data.StoryDataSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEvaluatorTest {
  static Path tiny() throws URISyntaxException {
    return Path.of(StoryEvaluatorTest.class.getResource("tiny/gold.tsv").toURI()).getParent();
  }

  @Test
  void readsTheDataSet() throws Exception {
    StoryDataSet data = StoryDataSet.read(tiny());
    assertThat(data.articles()).hasSize(5);
    assertThat(data.gold()).containsEntry("m1", "vote");
    assertThat(data.articles().get(0).published()).isEqualTo("2024-04-07");
  }

  @Test
  void listsTheSplitWithHeadlines() throws Exception {
    StoryDataSet data = StoryDataSet.read(tiny());
    StoryEvaluation e =
        new StoryEvaluator()
            .score("tiny", data, List.of(List.of("q1", "q2"), List.of("v1", "v2"), List.of("m1")));
    assertThat(e.merges()).isEmpty();
    assertThat(e.splits()).hasSize(1);
    assertThat(e.splits().get(0).label()).isEqualTo("vote");
    assertThat(e.splits().get(0).wrongPairs()).isEqualTo(2);
    assertThat(e.format())
        .contains("B-cubed F1")
        .contains("3 found / 2 gold")
        .contains("Museum returns stolen painting");
  }

  @Test
  void listsTheMerge() throws Exception {
    StoryDataSet data = StoryDataSet.read(tiny());
    StoryEvaluation e =
        new StoryEvaluator().score("tiny", data, List.of(List.of("m1", "q1", "q2", "v1", "v2")));
    assertThat(e.merges()).hasSize(1);
    assertThat(e.merges().get(0).wrongPairs()).isEqualTo(6);
    assertThat(e.scores().recall()).isEqualTo(1.0);
  }

  @Test
  void evaluatesTheDefaultClusterer() throws Exception {
    StoryDataSet data = StoryDataSet.read(tiny());
    StoryEvaluation e =
        new StoryEvaluator()
            .evaluate("tiny", data, new IncrementalClusterer(LocalDate.of(2025, 1, 1)));
    assertThat(e.scores().found()).isEqualTo(3);
    assertThat(e.scores().precision()).isEqualTo(1.0);
  }
}
