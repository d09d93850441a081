package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormalizerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-17|2025-02-17",
        "2025-02-17T10:00:00Z|2025-02-17T10:00:00Z",
        "2025-02-17T10:00:00.000Z|2025-02-17T10:00:00Z",
        "2025-02-17T10:00+0100|2025-02-17T10:00:00+01:00",
        "2025-02-17 10:00:00|2025-02-17",
        "2025/2/7|2025-02-07",
        "March 3, 2026|2026-03-03",
        "Mar 3, 2026|2026-03-03",
        "3 March 2026|2026-03-03",
        "Tuesday, March 3rd, 2026 at 10:15 AM|2026-03-03",
        "Mon, 17 Feb 2025 10:00:00 GMT|2025-02-17T10:00:00Z"
      })
  void normalizes(String raw, String iso) {
    assertThat(DateNormalizer.normalize(raw)).isEqualTo(iso);
  }

  @Test
  void readsLabelledLines() {
    assertThat(DateNormalizer.fromLine("Published: March 3, 2026")).isEqualTo("2026-03-03");
    assertThat(DateNormalizer.fromLine("Updated on 2026-03-04")).isEqualTo("2026-03-04");
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(DateNormalizer.normalize(null)).isNull();
    assertThat(DateNormalizer.normalize("")).isNull();
    assertThat(DateNormalizer.normalize("2025-13-45")).isNull();
    assertThat(DateNormalizer.normalize("2025-02-17 was a Monday")).isNull();
    assertThat(DateNormalizer.normalize("yesterday")).isNull();
    Random random = new Random(5L);
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        s.append("0123456789-:TZ+ /,.Marchy".charAt(random.nextInt(25)));
      }
      DateNormalizer.normalize(s.toString());
    }
  }
}
