package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfilerTest {
  /** The split that {@link Profiler#wordRuns} replaces. */
  private static List<String> bySplit(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}'’]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> byRuns(String text) {
    return Profiler.wordRuns(text).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  @Test
  void wordRunsOfACannedSentence() {
    String text = "The Mayor’s office said on Monday, 12 March: “O'Neill won ½ of Ⅻ seats.”";
    assertThat(byRuns(text))
        .containsExactly(
            "The", "Mayor’s", "office", "said", "on", "Monday", "12", "March", "O'Neill", "won",
            "½", "of", "Ⅻ", "seats")
        .isEqualTo(bySplit(text));
  }

  @Test
  void wordRunsEqualTheRegexSplitOnSeededRandomText() {
    String alphabet = "aZé ,.;'’-\t\n5½Ⅻ٣ßЖ中\uD835\uDC00\uD83D\uDE00\uD800x";
    Random random = new Random(17);
    for (int trial = 0; trial < 2_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(byRuns(s)).as("%s", s).isEqualTo(bySplit(s));
    }
  }

  @Test
  void emptyTextHasNoWords() {
    assertThat(Profiler.wordRuns("")).isEmpty();
    assertThat(new Profiler().features("", List.of()).terms()).isEmpty();
  }
}
