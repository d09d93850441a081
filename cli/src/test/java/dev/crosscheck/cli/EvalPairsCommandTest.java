package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.eval.pairs.LogisticFitter;
import dev.crosscheck.similarity.ArticleComparer;
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

  @Test
  void crossValidatesWithOutOfFoldLogitsFromAFile(@TempDir Path dir) throws IOException {
    writeSet(dir);
    Path logits = writeLogits(dir, -1);
    Cli.Result result =
        Cli.execute(
            "eval",
            "pairs",
            "--data",
            dir.toString(),
            "--cv",
            "--cross-encoder-logits",
            logits.toString());
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .containsPattern("held-out accuracy [01]\\.\\d{3}, F1 [01]\\.\\d{3} \\(5-fold")
        .doesNotContain("caution")
        .doesNotContain("only:");
  }

  @Test
  void aLogitsFileCoveringSomeFoldsCrossValidatesThemAndSaysSo(@TempDir Path dir)
      throws IOException {
    writeSet(dir);
    Path logits = writeLogits(dir, 4);
    Cli.Result result =
        Cli.execute(
            "eval",
            "pairs",
            "--data",
            dir.toString(),
            "--cv",
            "--cross-encoder-logits",
            logits.toString());
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .containsPattern(
            "\\(4-fold cross-validation, judge refit per fold, on folds \\[0, 1, 2, 3\\]")
        .contains("of 5 only: 5 of 6 pairs")
        .doesNotContain("fold 4 (");
    Cli.Result fit =
        Cli.execute(
            "eval",
            "pairs",
            "--data",
            dir.toString(),
            "--fit-judge",
            dir.resolve("judge.tsv").toString(),
            "--cross-encoder-logits",
            logits.toString());
    assertThat(fit.exit()).isEqualTo(Main.EXIT_FAILED);
    assertThat(fit.err()).contains("needs a logit for every pair");
  }

  @Test
  void writesStackedJudgeWeightsSayingWhereTheLogitsCameFrom(@TempDir Path dir) throws IOException {
    writeSet(dir);
    Path weights = dir.resolve("judge.tsv");
    Cli.Result result =
        Cli.execute(
            "eval",
            "pairs",
            "--data",
            dir.toString(),
            "--fit-judge",
            weights.toString(),
            "--cross-encoder-logits",
            writeLogits(dir, -1).toString());
    assertThat(result.exit()).as(result.toString()).isZero();
    String text = Files.readString(weights, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("cross-encoder feature from out-of-fold logits oof.tsv")
        .contains("--cross-encoder-logits FILE --fit-judge FILE");
    EquivalenceJudge judge = EquivalenceJudge.read(new StringReader(text), weights.toString());
    assertThat(judge.weights()[ShortPairFeatures.COUNT - 1]).isPositive();
  }

  @Test
  void aBadLogitsFileFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
    writeSet(dir);
    Path logits = dir.resolve("bad.tsv");
    Files.writeString(logits, "p0\t0\tseven\n", StandardCharsets.UTF_8);
    Cli.Result result =
        Cli.execute(
            "eval",
            "pairs",
            "--data",
            dir.toString(),
            "--cv",
            "--cross-encoder-logits",
            logits.toString());
    assertThat(result.exit()).isEqualTo(Main.EXIT_FAILED);
    assertThat(result.err()).contains(logits + " line 1: logit 'seven' must be a number");
    assertThat(
            Cli.execute(
                    "eval",
                    "pairs",
                    "--data",
                    dir.toString(),
                    "--cross-encoder-logits",
                    logits.toString())
                .exit())
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(
            Cli.execute(
                    "eval",
                    "pairs",
                    "--data",
                    dir.toString(),
                    "--cv",
                    "--cross-encoder-logits",
                    dir.resolve("none.tsv").toString())
                .err())
        .contains("no such file");
  }

  @Test
  void crossValidationWithTheShippedScorerCautionsThatItIsInSample(@TempDir Path dir)
      throws IOException {
    writeSet(dir);
    Cli.Result result = Cli.execute("eval", "pairs", "--data", dir.toString(), "--cv");
    assertThat(result.exit()).as(result.toString()).isZero();
    // Present exactly when the default comparer has a cross-encoder (the shipped model).
    boolean scored = new ArticleComparer().scorer().isPresent();
    assertThat(result.out().contains(EvalPairsCommand.IN_SAMPLE_CAUTION)).isEqualTo(scored);
    assertThat(EvalPairsCommand.IN_SAMPLE_CAUTION)
        .doesNotContain("\n")
        .contains("in-sample")
        .contains("MSRP train");
  }

  /** Logits +3 for positives, -3 for negatives, on the judge's folds, leaving out {@code skip}. */
  private static Path writeLogits(Path dir, int skip) throws IOException {
    int[] fold =
        LogisticFitter.folds(
            PAIRS.length, LogisticFitter.DEFAULT_FOLDS, LogisticFitter.DEFAULT_SEED);
    StringBuilder text = new StringBuilder("id\tfold\tlogit\n");
    for (int i = 0; i < PAIRS.length; i++) {
      if (fold[i] != skip) {
        text.append('p').append(i).append('\t').append(fold[i]).append('\t');
        text.append(PAIRS[i][2].equals("1") ? "3.0" : "-3.0").append('\n');
      }
    }
    Path file = dir.resolve("oof.tsv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
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
