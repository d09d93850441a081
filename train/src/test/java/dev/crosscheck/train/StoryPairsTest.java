package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryPairsTest {
  @Test
  void readsTheInputsFileAndPairsEachStorysArticles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("inputs.tsv");
    Files.writeString(
        file,
        "0\ts1\ta\tRain floods the town\n"
            + "0\ts1\tb\tThe town is flooded\n"
            + "1\ts2\tc\tThe court rules\n"
            + "0\ts1\td\tFloods after the rain\n"
            + "1\ts3\te\t \n");
    List<StoryPairs.StoryText> texts = StoryPairs.read(file);
    assertThat(texts).hasSize(5);
    assertThat(texts.get(2)).isEqualTo(new StoryPairs.StoryText(1, "s2", "c", "The court rules"));
    assertThat(StoryPairs.positives(texts))
        .containsExactly(
            new StoryPairs.Pair("s1", "Rain floods the town", "The town is flooded"),
            new StoryPairs.Pair("s1", "Rain floods the town", "Floods after the rain"),
            new StoryPairs.Pair("s1", "The town is flooded", "Floods after the rain"));
  }

  @Test
  void aLineWithoutFourFieldsIsAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "0\ts1\ta\n");
    assertThatThrownBy(() -> StoryPairs.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 has 3 fields");
  }

  @Test
  void seededBatchesHoldEveryPairOnceAndNoStoryTwice() {
    Random random = new Random(7);
    List<StoryPairs.StoryText> texts = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      int size = 1 + random.nextInt(6);
      for (int a = 0; a < size; a++) {
        texts.add(new StoryPairs.StoryText(0, "s" + s, s + "-" + a, "story " + s + " text " + a));
      }
    }
    List<StoryPairs.Pair> pairs = StoryPairs.positives(texts);
    List<List<StoryPairs.Pair>> batches = StoryPairs.batches(pairs, 8, new Random(1));
    List<Set<String>> seen = new ArrayList<>();
    int total = 0;
    for (List<StoryPairs.Pair> batch : batches) {
      assertThat(batch).hasSizeBetween(1, 8);
      Set<String> stories = new HashSet<>();
      for (StoryPairs.Pair p : batch) {
        assertThat(stories.add(p.story())).isTrue();
        seen.add(Set.of(p.first(), p.second()));
      }
      total += batch.size();
    }
    assertThat(total).isEqualTo(pairs.size());
    Set<Set<String>> expected = new HashSet<>();
    pairs.forEach(p -> expected.add(Set.of(p.first(), p.second())));
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
    assertThat(batches.subList(0, batches.size() / 2)).allSatisfy(b -> assertThat(b).hasSize(8));
    assertThat(StoryPairs.batches(pairs, 8, new Random(1))).isEqualTo(batches);
  }

  @Test
  void emptyInputGivesNoPairsAndNoBatches() {
    assertThat(StoryPairs.positives(List.of())).isEmpty();
    assertThat(StoryPairs.batches(List.of(), 4, new Random(1))).isEmpty();
    assertThatThrownBy(() -> StoryPairs.batches(List.of(), 0, new Random(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize (0)");
  }
}
