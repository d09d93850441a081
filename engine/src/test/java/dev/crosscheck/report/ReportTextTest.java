package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  @Test
  void replacesControlCharactersAndUnpairedSurrogates() {
    assertThat(ReportText.clean("a\u0000b\tc\nd\u0085e\ud800f\ud83d\ude00"))
        .isEqualTo("a\uFFFDb\tc\nd\uFFFDe\uFFFDf\ud83d\ude00");
    assertThat(ReportText.clean("plain <b>&</b>")).isEqualTo("plain <b>&</b>");
  }

  @Test
  void cutsLongFieldsWithoutSplittingASurrogatePair() {
    assertThat(ReportText.field("abcdef", 3)).isEqualTo("abc…");
    assertThat(ReportText.field("ab\ud83d\ude00", 3)).isEqualTo("ab…");
    assertThat(ReportText.field("abc", 3)).isEqualTo("abc");
  }

  @Test
  void emptyAndNullGiveEmpty() {
    assertThat(ReportText.clean(null)).isEmpty();
    assertThat(ReportText.clean("")).isEmpty();
    assertThat(ReportText.field(null, 5)).isEmpty();
    assertThat(ReportText.count(0, "story", "stories")).isEqualTo("0 stories");
    assertThat(ReportText.count(1, "story", "stories")).isEqualTo("1 story");
  }

  @Test
  void seededRandomTextBecomesWellFormed() {
    Random random = new Random(11L);
    for (int round = 0; round < 1_000; round++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(0x10000);
      }
      String clean = ReportText.field(new String(chars), 20);

      assertThat(clean.length()).isLessThanOrEqualTo(21);
      assertThat(clean.codePoints())
          .allMatch(cp -> cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r')
          .noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }
  }
}
