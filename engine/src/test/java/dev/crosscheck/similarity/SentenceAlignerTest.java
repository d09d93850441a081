package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
  private final SentenceAligner aligner = new SentenceAligner();

  @Test
  void alignsASpunRewriteSentenceBySentenceInOrder() {
    Alignment alignment =
        aligner.align(
            Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", Fixtures.SPUN));
    assertThat(alignment.pairs()).extracting(AlignedPair::left).containsExactly(0, 1, 2, 3, 4);
    assertThat(alignment.pairs()).extracting(AlignedPair::right).containsExactly(0, 1, 2, 3, 4);
    assertThat(alignment.orderPreserved()).isEqualTo(1.0);
    assertThat(alignment.leftCoverage()).isEqualTo(1.0);
  }

  @Test
  void identicalTextIsExactEverywhere() {
    Alignment alignment =
        aligner.align(
            Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", Fixtures.ORIGINAL));
    assertThat(alignment.count(MatchKind.EXACT)).isEqualTo(5);
  }

  @Test
  void unrelatedTextsShareNothing() {
    Alignment alignment =
        aligner.align(
            Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", Fixtures.UNRELATED));
    assertThat(alignment.pairs()).isEmpty();
  }

  @Test
  void shuffledSentencesAreFoundButOutOfOrder() {
    List<String> sentences = new ArrayList<>(List.of(Fixtures.ORIGINAL.split("(?<=\\.) ")));
    Collections.shuffle(sentences, new Random(3));
    Alignment alignment =
        aligner.align(
            Fixtures.profile("a", Fixtures.ORIGINAL),
            Fixtures.profile("b", String.join(" ", sentences)));
    assertThat(alignment.pairs()).hasSize(5);
    assertThat(alignment.orderPreserved()).isLessThan(1.0);
  }

  @Test
  void emptyArticlesAlignToNothing() {
    Alignment alignment = aligner.align(Fixtures.profile("a", ""), Fixtures.profile("b", ""));
    assertThat(alignment.pairs()).isEmpty();
    assertThat(alignment.leftCoverage()).isZero();
  }

  @Test
  void rejectsAnImpossibleThreshold() {
    assertThatThrownBy(() -> new SentenceAligner(0)).hasMessage("minScore (0.0) must be in (0, 1]");
  }

  @Test
  void longestChainCountsTheOrderKeepingPairs() {
    List<AlignedPair> pairs =
        List.of(
            new AlignedPair(0, 2, 1, MatchKind.EXACT),
            new AlignedPair(1, 0, 1, MatchKind.EXACT),
            new AlignedPair(2, 1, 1, MatchKind.EXACT),
            new AlignedPair(3, 3, 1, MatchKind.EXACT));
    assertThat(SentenceAligner.longestChain(pairs)).isEqualTo(3);
  }
}
