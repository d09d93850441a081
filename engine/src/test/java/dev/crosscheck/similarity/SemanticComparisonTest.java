package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PairComparer} and {@link SentenceAligner} with embeddings, through {@link
 * ArticleComparer}.
 */
class SemanticComparisonTest {
  private static final ArticleComparer COMPARER = new ArticleComparer();

  private static Article article(String id, String text) {
    return Fixtures.article(id, null, null, text);
  }

  @Test
  void spunRewriteIsDerivedAndUnrelatedIsNot() {
    Comparison spun =
        COMPARER.compare(article("a", Fixtures.ORIGINAL), article("b", Fixtures.SPUN));
    Comparison apart =
        COMPARER.compare(article("a", Fixtures.ORIGINAL), article("b", Fixtures.UNRELATED));
    assertThat(spun.relation().derived()).isTrue();
    assertThat(spun.similarity()).isGreaterThan(0.7);
    assertThat(apart.relation()).isIn(Relation.UNRELATED, Relation.RELATED);
    assertThat(apart.similarity()).isLessThan(0.3);
  }

  @Test
  void theCrossEncoderRunsOnShortPairsOnly() {
    AtomicInteger calls = new AtomicInteger();
    ArticleComparer scored =
        new ArticleComparer(
            COMPARER.embedder(),
            (x, y) -> {
              calls.incrementAndGet();
              return 4;
            });
    assertThat(scored.scorer()).isPresent();
    scored.compare(article("a", Fixtures.ORIGINAL), article("b", Fixtures.SPUN));
    assertThat(calls).hasValue(0);
    Article a = article("a", "The court will rule on Monday.");
    Article b = article("b", "A ruling is due from the court on Monday.");
    scored.compare(a, b);
    assertThat(calls).hasValue(1);
    assertThat(scored.shortFeatures(scored.profile(a), scored.profile(b)).crossEncoder())
        .isEqualTo(4.0);
    assertThat(new ArticleComparer(COMPARER.embedder()).scorer()).isEmpty();
  }

  @Test
  void greyBandSentencesAreSettledByEmbeddings() {
    // Lexical score 0.5 (grey below a 0.6 minimum), embedding cosine about 0.87.
    SentenceAligner lexical = new SentenceAligner(0.6);
    SentenceAligner semantic = new SentenceAligner(0.6, new Embedder());
    ArticleProfile a = Fixtures.profile("a", Fixtures.ORIGINAL);
    ArticleProfile b =
        Fixtures.profile(
            "b",
            Fixtures.ORIGINAL.replace(
                "Around 120 firefighters fought the fire for nearly six hours.",
                "About 120 firemen battled the flames for almost six hours."));
    Alignment words = lexical.align(a, b);
    Alignment meaning = semantic.align(a, b);
    assertThat(words.pairs()).hasSize(4);
    assertThat(words.dropped()).containsExactly(2);
    assertThat(words.added()).containsExactly(2);
    assertThat(meaning.pairs()).hasSize(5);
    assertThat(meaning.semanticCount()).isEqualTo(1);
    assertThat(meaning.changed()).extracting(AlignedPair::left).containsExactly(2);
    assertThat(meaning.dropped()).isEmpty();
    assertThat(meaning.leftContainment()).isGreaterThan(words.leftContainment());
  }

  @Test
  void containmentOfAShortExcerptInItsSource() {
    String excerpt =
        "A fuel barge exploded at the Port of Velmora on Monday night, injuring 14 people. "
            + "Harbour Minister Corvina Halst ordered an inquiry into the blast on Tuesday.";
    Alignment alignment =
        new SentenceAligner()
            .align(Fixtures.profile("x", excerpt), Fixtures.profile("o", Fixtures.ORIGINAL));
    assertThat(alignment.leftContainment()).isEqualTo(1.0);
    assertThat(alignment.rightContainment()).isEqualTo(0.4);
    assertThat(alignment.added()).containsExactly(2, 3, 4);
    assertThat(alignment.reversed().dropped()).containsExactly(2, 3, 4);
  }

  @Test
  void sentencePairsGetTheShortPath() {
    Comparison same =
        COMPARER.compare(
            article("a", "The company said profits rose 5 percent in the third quarter."),
            article(
                "b", "Profits at the company climbed 5 percent in the third quarter, it said."));
    Comparison other =
        COMPARER.compare(
            article("a", "The company said profits rose 5 percent in the third quarter."),
            article("b", "A man is playing a guitar on the street."));
    assertThat(same.equivalent()).isTrue();
    assertThat(same.similarity()).isGreaterThan(0.7);
    assertThat(other.equivalent()).isFalse();
    assertThat(other.relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void badInputsNeverThrow() {
    Random random = new Random(42);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      noise.appendCodePoint(random.nextInt(0x3000));
    }
    List<String> texts =
        List.of(
            "",
            "Word",
            "北京时间今天上午，港口发生燃料驳船爆炸，造成十四人受伤。港务部长下令调查。",
            "เรือบรรทุกน้ำมันระเบิดที่ท่าเรือเมื่อคืนวันจันทร์ มีผู้บาดเจ็บสิบสี่คน",
            noise.toString(),
            Fixtures.ORIGINAL);
    for (String a : texts) {
      for (String b : texts) {
        Comparison c = COMPARER.compare(article("a", a), article("b", b));
        assertThat(c.similarity()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void fiveMegabyteTextsAreComparedWithinBounds() {
    String huge = (Fixtures.ORIGINAL + "\n\n").repeat(5_000_000 / Fixtures.ORIGINAL.length());
    Comparison self = COMPARER.compare(article("a", huge), article("b", huge));
    Comparison other = COMPARER.compare(article("a", huge), article("b", Fixtures.UNRELATED));
    assertThat(self.similarity()).isBetween(0.9, 1.0);
    assertThat(other.equivalent()).isFalse();
  }
}
