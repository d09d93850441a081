package dev.crosscheck.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentScorerTest {
  private final SegmentScorer scorer = new SegmentScorer();

  private static ExtractionCase page(List<String> with, List<String> without) {
    return new ExtractionCase("u", "f.html", with, without, null, null, null);
  }

  @Test
  void segmentsAreFoundAfterWhitespaceNormalisationAndCaseSensitively() {
    ExtractionCase page =
        page(List.of("the  harbour\ndeal", "Work starts"), List.of("Home", "x y"));

    Confusion c =
        scorer.score(page, "The harbour deal\u00a0was signed.\n\nwork starts soon. x\t y");

    // "the harbour deal" is missed (capital T in the output), "Work starts" too (lower case).
    assertThat(c).isEqualTo(new Confusion(0, 1, 2, 1));
    assertThat(scorer.score(page, "the harbour deal. Work starts."))
        .isEqualTo(new Confusion(2, 0, 0, 2));
  }

  @Test
  void emptyOutputIsAMiss() {
    ExtractionCase page = page(List.of("a", "b"), List.of("c"));

    assertThat(scorer.score(page, "")).isEqualTo(new Confusion(0, 0, 2, 1));
    assertThat(scorer.score(page, null)).isEqualTo(new Confusion(0, 0, 2, 1));
    assertThat(scorer.score(page, " \n ")).isEqualTo(new Confusion(0, 0, 2, 1));
  }

  @Test
  void seededRandomOutputsCountEverySegmentOnce() {
    Random random = new Random(42);
    String[] words = {"alpha", "beta", "gamma", "delta", " ", "\n"};
    for (int i = 0; i < 200; i++) {
      List<String> with = new ArrayList<>();
      List<String> without = new ArrayList<>();
      for (int k = random.nextInt(6) + 1; k > 0; k--) {
        with.add(words[random.nextInt(4)]);
        without.add(words[random.nextInt(4)] + " " + words[random.nextInt(4)]);
      }
      StringBuilder out = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        out.append(words[random.nextInt(words.length)]);
      }
      Confusion c = scorer.score(page(with, without), out.toString());
      assertThat(c.tp() + c.fn()).isEqualTo(with.size());
      assertThat(c.fp() + c.tn()).isEqualTo(without.size());
    }
  }

  @Test
  void metricsFollowTheirDefinitions() {
    Confusion c = new Confusion(8, 2, 2, 8);

    assertThat(c.precision()).isEqualTo(0.8);
    assertThat(c.recall()).isEqualTo(0.8);
    assertThat(c.f1()).isEqualTo(0.8);
    assertThat(c.accuracy()).isEqualTo(0.8);
    assertThat(Confusion.ZERO.f1()).isZero();
    assertThat(c.plus(Confusion.ZERO)).isEqualTo(c);
  }
}
