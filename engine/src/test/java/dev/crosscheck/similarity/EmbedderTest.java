package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbedderTest {
  private static final Embedder EMBEDDER = Embedder.shared();

  @Test
  void loadsFromTheClassPathOffline() {
    assertThat(EMBEDDER.available()).isTrue();
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    Embedder embedder = new Embedder();
    double paraphrase =
        embedder.similarity(
            "A fuel barge exploded at the port on Monday night, injuring 14 people.",
            "A fuel vessel blew up at the harbour on Monday evening, wounding 14 individuals.");
    double unrelated =
        embedder.similarity(
            "A fuel barge exploded at the port on Monday night, injuring 14 people.",
            "Larkfield Rovers won the cup final 3-1 against Dunmere Athletic on Saturday.");
    assertThat(paraphrase).isGreaterThan(0.7);
    assertThat(unrelated).isLessThan(0.3);
    assertThat(embedder.computed()).isEqualTo(3);
  }

  @Test
  void embeddingsAreUnitVectorsAndCached() {
    Embedder embedder = new Embedder(10);
    float[] v = embedder.embed("The minister ordered an inquiry.");
    assertThat(v).hasSize(Embedder.DIMENSIONS);
    assertThat(Embedder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    assertThat(embedder.embed("The minister ordered an inquiry.")).isSameAs(v);
    assertThat(embedder.computed()).isEqualTo(1);
  }

  @Test
  void cachedPeeksWithoutComputing() {
    Embedder embedder = new Embedder(10);
    assertThat(embedder.cached("The minister ordered an inquiry.")).isNull();
    assertThat(embedder.cached(" ")).isNull();
    assertThat(embedder.computed()).isZero();
    float[] v = embedder.embed("The minister ordered an inquiry.");
    assertThat(embedder.cached("The minister ordered an inquiry.")).isSameAs(v);
    assertThat(embedder.computed()).isEqualTo(1);
  }

  @Test
  void emptyAndBlankTextsGiveTheZeroVectorWithoutComputing() {
    Embedder embedder = new Embedder();
    assertThat(embedder.embed("")).containsOnly(0f);
    assertThat(embedder.embed(null)).containsOnly(0f);
    assertThat(embedder.similarity(" ", "text")).isZero();
    assertThat(embedder.computed()).isEqualTo(1);
  }

  @Test
  void hugeAndUnspacedInputsAreCutNotRejected() {
    Embedder embedder = new Embedder(0);
    String huge = "word ".repeat(1_000_000);
    assertThat(Embedder.cosine(embedder.embed(huge), embedder.embed(huge)))
        .isCloseTo(1.0, within(1e-5));
    assertThat(embedder.embed("北京时间今天上午，港口发生爆炸。")).hasSize(Embedder.DIMENSIONS);
  }

  @Test
  void seededRandomTextsGiveTheSameVectorsOnManyThreads() {
    Random random = new Random(42);
    List<String> texts =
        IntStream.range(0, 40)
            .mapToObj(
                i -> {
                  StringBuilder text = new StringBuilder();
                  for (int c = 0; c < 60; c++) {
                    text.appendCodePoint(random.nextInt(0x3000));
                  }
                  return text.toString();
                })
            .toList();
    Embedder serial = new Embedder();
    Embedder parallel = new Embedder();
    List<float[]> expected = texts.stream().map(serial::embed).toList();
    List<float[]> actual = texts.parallelStream().map(parallel::embed).toList();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual.get(i)).containsExactly(expected.get(i));
    }
  }
}
