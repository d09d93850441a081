package dev.crosscheck.eval.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeTest {
  private final Rouge rouge = new Rouge();

  @Test
  void knownValues() {
    // Candidate "the cat sat on the mat" vs reference "the cat is on the mat":
    // unigrams 5/6 both ways; bigrams "the cat", "on the", "the mat" = 3/5; LCS 5.
    Rouge.Scores s = rouge.score("the cat sat on the mat", "the cat is on the mat");
    assertThat(s.rouge1()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.rouge2()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(s.rougeL()).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void stemsBeforeMatching() {
    assertThat(rouge.score("talks were scheduled", "talk was schedule").rouge1())
        .isGreaterThan(0.6);
  }

  @Test
  void identicalIsOneAndSeededRandomIsBounded() {
    assertThat(rouge.score("a b c d", "a b c d").rouge2()).isEqualTo(1.0);
    Random random = new Random(1);
    for (int i = 0; i < 50; i++) {
      String a = words(random);
      String b = words(random);
      Rouge.Scores s = rouge.score(a, b);
      assertThat(List.of(s.rouge1(), s.rouge2(), s.rougeL())).allMatch(v -> v >= 0 && v <= 1);
      assertThat(s.rougeL()).isLessThanOrEqualTo(s.rouge1() + 1e-9);
    }
  }

  @Test
  void emptyScoresZero() {
    assertThat(rouge.score("", "the cat").rouge1()).isZero();
    assertThat(rouge.score("the cat", "").rougeL()).isZero();
  }

  private static String words(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      s.append("w").append(random.nextInt(20)).append(' ');
    }
    return s.toString();
  }
}
