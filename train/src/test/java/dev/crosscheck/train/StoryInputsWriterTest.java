package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.EmbeddingSignal;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryInputsWriterTest {
  static Article article(String id, String title, String text) {
    return new Article(id, "fixture", title, null, null, null, null, "en", text);
  }

  @Test
  void writesEachArticlesPartStoryAndEmbeddedText(@TempDir Path dir) throws Exception {
    List<Article> articles =
        List.of(
            article("a1", "Rain floods town", "Streets\tunder   water.\nMore."),
            article("b1", "Court rules", "The appeal fails."),
            article("a2", "Town flooded", "Water everywhere."));
    Map<String, String> gold = new LinkedHashMap<>();
    gold.put("a1", "A");
    gold.put("b1", "B");
    gold.put("a2", "A");
    String lines = StoryInputsWriter.lines(new StoryDataSet(articles, gold, Map.of()), 2);
    assertThat(lines)
        .isEqualTo(
            "0\tA\ta1\tRain floods town Streets under water. More.\n"
                + "0\tA\ta2\tTown flooded Water everywhere.\n"
                + "1\tB\tb1\tCourt rules The appeal fails.\n");
    assertThat(lines).contains(EmbeddingSignal.input(articles.get(0)));
    Path file = dir.resolve("inputs.tsv");
    Files.writeString(file, lines);
    assertThat(StoryPairs.positives(StoryPairs.read(file)))
        .containsExactly(
            new StoryPairs.Pair(
                "A",
                "Rain floods town Streets under water. More.",
                "Town flooded Water everywhere."));
  }

  @Test
  void anEmptySetWritesNothing() {
    assertThat(StoryInputsWriter.lines(new StoryDataSet(List.of(), Map.of(), Map.of()), 1))
        .isEmpty();
  }
}
