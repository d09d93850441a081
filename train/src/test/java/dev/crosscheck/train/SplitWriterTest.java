package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitWriterTest {
  @Test
  void writesBothPartsAsPairSets(@TempDir Path target) throws Exception {
    Path source = Path.of(getClass().getResource("tiny-pairs").toURI());
    List<SentencePair> pairs = new PairFileReader().read(source);
    HeldOutSplit split = HeldOutSplit.of(pairs, 0.5, 1);
    new SplitWriter().write(split, source, target);
    assertThat(new PairFileReader().read(target.resolve("train"))).isEqualTo(split.train());
    assertThat(new PairFileReader().read(target.resolve("held-out"))).isEqualTo(split.heldOut());
    assertThat(Files.readAllLines(target.resolve("held-out/gold.tsv"))).hasSize(1);
  }
}
