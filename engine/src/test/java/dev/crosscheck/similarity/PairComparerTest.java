package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairComparerTest {
  private final PairComparer comparer = new PairComparer();

  @Test
  void relations() {
    ArticleProfile original = Fixtures.profile("a", Fixtures.ORIGINAL);
    assertThat(comparer.compare(original, Fixtures.profile("b", Fixtures.ORIGINAL)).relation())
        .isEqualTo(Relation.DUPLICATE);
    Comparison spun = comparer.compare(original, Fixtures.profile("c", Fixtures.SPUN));
    assertThat(spun.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(spun.equivalent()).isTrue();
    Comparison unrelated = comparer.compare(original, Fixtures.profile("d", Fixtures.UNRELATED));
    assertThat(unrelated.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(unrelated.equivalent()).isFalse();
    assertThat(unrelated.similarity()).isLessThan(spun.similarity());
  }

  @Test
  void aLightEditIsARewrite() {
    String edited =
        Fixtures.ORIGINAL
            .replace("ordered an inquiry", "announced an inquiry")
            .replace("nearly six hours", "almost six hours");
    Comparison c =
        comparer.compare(Fixtures.profile("a", Fixtures.ORIGINAL), Fixtures.profile("b", edited));
    assertThat(c.relation()).isEqualTo(Relation.REWRITE);
    assertThat(c.similarity()).isGreaterThan(0.9);
  }

  @Test
  void emptyArticlesAreUnrelated() {
    Comparison c = comparer.compare(Fixtures.profile("a", ""), Fixtures.profile("b", ""));
    assertThat(c.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(c.similarity()).isZero();
  }
}
