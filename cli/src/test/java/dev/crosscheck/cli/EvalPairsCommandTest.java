package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.similarity.EquivalenceJudge;
import dev.crosscheck.similarity.ShortPairFeatures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPairsCommandTest {
  private static final String[][] PAIRS = {
    {"The company said profits rose 5 percent.", "Profits at the company climbed 5 percent.", "1"},
    {"The minister ordered an inquiry.", "A man is playing a guitar on the street.", "0"},
    {"Around 120 firefighters fought the fire.", "Around 120 firefighters fought the fire.", "1"},
    {"Shares closed down 8 cents at $29.42.", "Shares closed up 14 cents at $31.10.", "0"},
    {"The court will rule on Monday.", "A ruling is due from the court on Monday.", "1"},
    {"Rain is expected in the north.", "The team won its third straight title.", "0"}
  };

  @Test
  void printsTheTableAndTheHeldOutFigure(@TempDir Path dir) throws IOException {
    writeSet(dir);
    Cli.Result result = Cli.execute("eval", "pairs", "--data", dir.toString(), "--cv");
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("accuracy")
        .contains("embeddings computed")
        .containsPattern("held-out accuracy [01]\\.\\d{3}, F1 [01]\\.\\d{3} \\(5-fold")
        .containsPattern("fold 4 \\(\\d+ pairs\\): held-out accuracy [01]\\.\\d{4}, F1");
  }

  @Test
  void writesFittedJudgeWeightsTheEngineReads(@TempDir Path dir) throws IOException {
    writeSet(dir);
    Path weights = dir.resolve("judge.tsv");
    Cli.Result result =
        Cli.execute("eval", "pairs", "--data", dir.toString(), "--fit-judge", weights.toString());
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.err()).contains("wrote equivalence judge weights to");
    String text = Files.readString(weights, StandardCharsets.UTF_8);
    assertThat(text).contains("fitted on " + dir.getFileName() + " (6 pairs)");
    EquivalenceJudge judge = EquivalenceJudge.read(new StringReader(text), weights.toString());
    assertThat(judge.weights()).hasSize(ShortPairFeatures.COUNT);
  }

  private static void writeSet(Path dir) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    StringBuilder gold = new StringBuilder("id\tlabel\n");
    for (int i = 0; i < PAIRS.length; i++) {
      jsonl.append(
          String.format(
              "{\"id\": \"p%d\", \"a\": {\"id\": \"a%d\", \"text\": \"%s\"},"
                  + " \"b\": {\"id\": \"b%d\", \"text\": \"%s\"}}%n",
              i, i, PAIRS[i][0], i, PAIRS[i][1]));
      gold.append('p').append(i).append('\t').append(PAIRS[i][2]).append('\n');
    }
    Files.writeString(dir.resolve("pairs.jsonl"), jsonl, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(Cli.execute("eval", "pairs").exit()).isEqualTo(Main.EXIT_USAGE);
  }
}
