package dev.crosscheck.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.similarity.ArticleComparer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsEvaluatorTest {
  private final PairSetReader reader = new PairSetReader();
  private final PairsEvaluator evaluator = new PairsEvaluator(new ArticleComparer());

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(PairsEvaluatorTest.class.getResource(name).toURI());
  }

  @Test
  void binarySetGetsAccuracyAndF1() throws Exception {
    PairSet set = reader.read(fixture("tiny-binary"));
    assertThat(set.scale()).isEqualTo(GoldScale.BINARY);
    assertThat(set.pairs()).hasSize(4);
    assertThat(set.rejected()).isEqualTo(1);

    List<PairsRow> rows = evaluator.evaluate(set);
    assertThat(rows).hasSize(1);
    PairsRow row = rows.get(0);
    assertThat(row.accuracy()).isEqualTo(1.0);
    assertThat(row.f1()).isEqualTo(1.0);
    assertThat(row.embeddings()).isPositive();
  }

  @Test
  void dissimilarityScaleIsInvertedAndEnglishReportedApart() throws Exception {
    PairSet set = reader.read(fixture("tiny-graded"));
    assertThat(set.scale()).isEqualTo(GoldScale.DISSIMILARITY);

    List<PairsRow> rows = evaluator.evaluate(set);
    assertThat(rows).extracting(PairsRow::group).containsExactly("all", "en-en");
    assertThat(rows.get(1).pairs()).isEqualTo(3);
    assertThat(rows.get(1).pearson()).isGreaterThan(0.8);
    assertThat(rows.get(0).accuracy()).isNaN();
    String table = new PairsReport(rows, 7).table();
    assertThat(table).contains("tiny-graded", "en-en", "embeddings computed: 7");
  }

  @Test
  void aFolderOfSetsIsFoundSorted() throws Exception {
    Path parent = fixture("tiny-binary").getParent();
    assertThat(reader.find(parent))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("tiny-binary", "tiny-graded");
  }

  @Test
  void emptySetGivesNaNFiguresNotAnException(@TempDir Path temp) throws Exception {
    java.nio.file.Files.writeString(temp.resolve("pairs.jsonl"), "");
    java.nio.file.Files.writeString(temp.resolve("gold.tsv"), "id\tscore\n");
    PairSet set = reader.read(temp);
    List<PairsRow> rows = evaluator.evaluate(set);
    assertThat(rows.get(0).pairs()).isZero();
    assertThat(rows.get(0).pearson()).isNaN();
  }
}
