package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PairFileReaderTest {
  @Test
  void readsLabelledPairsAndSkipsTheRest() throws Exception {
    Path dir = Path.of(getClass().getResource("tiny-pairs").toURI());
    assertThat(new PairFileReader().read(dir))
        .containsExactly(
            new SentencePair(
                "train-0000", "The cat sat on the mat.", "A cat was sitting on the mat.", true),
            new SentencePair("train-0001", "Shares fell 3%.", "It rained all day.", false));
  }
}
