package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void canned() {
    assertThat(tokenizer.tokenize("The U.S. sent 3,400 troops—Ukraine’s \"6.2-magnitude\" İzmir."))
        .containsExactly(
            "the", "u", "s", "sent", "3400", "troops", "ukraine", "6.2", "magnitude", "i̇zmir");
  }

  @Test
  void scriptsWithoutSpacesGiveOneTokenPerCharacter() {
    assertThat(tokenizer.tokenize("北京时间2025年，东京タワー พายุ"))
        .containsExactly("北", "京", "时", "间", "2025", "年", "东", "京", "タ", "ワ", "ー", "พ", "า", "ยุ");
  }

  @Test
  void lowerCasesWithoutTheDefaultLocale() {
    // Surefire runs in tr-TR: a locale-sensitive toLowerCase would give a dotless "ı".
    assertThat(tokenizer.tokenize("INDIA")).containsExactly("india");
  }

  @Test
  void seededRandomInputNeverYieldsEmptyOrPunctuationTokens() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        text.appendCodePoint(random.nextInt(0x3000));
      }
      for (String token : tokenizer.tokenize(text.toString())) {
        assertThat(token).isNotEmpty();
        assertThat(Character.isLetterOrDigit(token.codePointAt(0))).isTrue();
      }
    }
  }

  @Test
  void lowerCasedIsStringToLowerCaseInTheRootLocale() {
    Random random = new Random(20261121L);
    String alphabet = "abcXYZ019'.AZaz@[`{ÀÉßİIıΣσςΑΩДжẞǅ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder token = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = token.toString().toLowerCase(Locale.ROOT);
      assertThat(Tokenizer.lowerCased(token)).as(expected).isEqualTo(expected);
    }
  }

  @Test
  void empty() {
    assertThat(tokenizer.tokenize("")).isEmpty();
    assertThat(tokenizer.tokenize(null)).isEmpty();
    assertThat(tokenizer.tokenize(" ,.;! ")).isEmpty();
  }
}
