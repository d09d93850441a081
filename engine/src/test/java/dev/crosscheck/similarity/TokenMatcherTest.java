package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenMatcherTest {
  private static final Embedder EMBEDDER = Embedder.shared();
  private final TokenMatcher matcher = new TokenMatcher();

  @Test
  void aParaphraseMatchesBetterThanAPairWithAChangedFigureAndAnAddedClause() {
    TokenVectors a =
        EMBEDDER.tokens("The barge exploded at the port on Monday, injuring 14 people.");
    TokenVectors b =
        EMBEDDER.tokens("On Monday a barge blew up in the port and 14 people were hurt.");
    TokenVectors c =
        EMBEDDER.tokens(
            "The barge exploded at the port on Monday, injuring 40 people, police said after"
                + " a long investigation into the owners.");
    TokenMatch same = matcher.match(a, a);
    TokenMatch paraphrase = matcher.match(a, b);
    TokenMatch changed = matcher.match(a, c);
    assertThat(same.f()).isCloseTo(1.0, within(1e-5));
    assertThat(same.unmatched()).isZero();
    assertThat(paraphrase.f()).isBetween(0.5, 1.0);
    assertThat(changed.unmatched()).isGreaterThanOrEqualTo(paraphrase.unmatched());
    assertThat(changed.worst()).isLessThan(same.worst());
    assertThat(same.secondWorst()).isCloseTo(1.0, within(1e-5));
    assertThat(changed.secondWorst()).isGreaterThanOrEqualTo(changed.worst());
    assertThat(changed.looseMore()).isGreaterThanOrEqualTo(paraphrase.looseMore());
    assertThat(same.weakFewer()).isZero();
    assertThat(same.looseMore()).isZero();
  }

  @Test
  void piecesLeaveOutTheSpecialTokensAndTheSentenceEmbeddingIsUnchanged() {
    Embedder embedder = new Embedder();
    String text = "The minister ordered an inquiry.";
    TokenVectors tokens = embedder.tokens(text);
    assertThat(tokens.pieces()).containsExactly("the", "minister", "ordered", "an", "inquiry", ".");
    assertThat(embedder.embed(text)).isEqualTo(Embedder.shared().embed(text));
    assertThat(embedder.computed()).isEqualTo(1);
    for (float[] v : tokens.vectors()) {
      assertThat(Embedder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void seededRandomTextsGiveSymmetricValuesInUnitRange() {
    Random random = new Random(5);
    String[] words = {"port", "fire", "14", "not", "said", "barge", "on", "hours", ",", "!"};
    for (int t = 0; t < 10; t++) {
      TokenVectors x = EMBEDDER.tokens(sentence(random, words));
      TokenVectors y = EMBEDDER.tokens(sentence(random, words));
      TokenMatch xy = matcher.match(x, y);
      TokenMatch yx = matcher.match(y, x);
      assertThat(xy.f()).isBetween(0.0, 1.0).isCloseTo(yx.f(), within(1e-12));
      assertThat(xy.worst()).isBetween(0.0, 1.0).isEqualTo(yx.worst());
      assertThat(xy.unmatched()).isBetween(0.0, 1.0).isEqualTo(yx.unmatched());
      assertThat(xy.secondWorst()).isBetween(xy.worst(), 1.0).isEqualTo(yx.secondWorst());
      assertThat(xy.weakFewer()).isBetween(0.0, 1.0).isEqualTo(yx.weakFewer());
      assertThat(xy.looseMore()).isBetween(0.0, 1.0).isEqualTo(yx.looseMore());
    }
  }

  @Test
  void emptyOrPunctuationOnlyTextsGiveNoneOrPunctuationMatches() {
    assertThat(matcher.match(EMBEDDER.tokens(""), EMBEDDER.tokens("A text.")))
        .isEqualTo(TokenMatch.NONE);
    assertThat(matcher.match(TokenVectors.EMPTY, TokenVectors.EMPTY)).isEqualTo(TokenMatch.NONE);
    TokenMatch marks = matcher.match(EMBEDDER.tokens("?!"), EMBEDDER.tokens("?!"));
    assertThat(marks.f()).isCloseTo(1.0, within(1e-5));
    assertThatThrownBy(() -> matcher.match(null, TokenVectors.EMPTY)).hasMessageContaining("a");
  }

  private static String sentence(Random random, String[] words) {
    StringBuilder s = new StringBuilder("Word");
    for (int i = random.nextInt(12); i >= 0; i--) {
      s.append(' ').append(words[random.nextInt(words.length)]);
    }
    return s.toString();
  }
}
