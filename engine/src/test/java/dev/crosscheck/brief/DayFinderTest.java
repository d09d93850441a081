package dev.crosscheck.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DayFinderTest {
  private final DayFinder finder = new DayFinder();
  private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2021, 2, 8));

  @Test
  void resolvesFullDatesMonthDaysWeekdaysAndRelativeDays() {
    assertThat(
            finder.find(
                "The trial opens Tuesday, after the vote of February 9, 2021 and the Jan. 6 "
                    + "riot; a ruling came on 2020-12-14 and briefs were filed yesterday.",
                MONDAY))
        .containsExactly(
            new DayFinder.Day("Tuesday", LocalDate.of(2021, 2, 9)),
            new DayFinder.Day("February 9, 2021", LocalDate.of(2021, 2, 9)),
            new DayFinder.Day("Jan. 6", LocalDate.of(2021, 1, 6)),
            new DayFinder.Day("2020-12-14", LocalDate.of(2020, 12, 14)),
            new DayFinder.Day("yesterday", LocalDate.of(2021, 2, 7)));
  }

  @Test
  void withoutPublicationOnlyFullDatesResolve() {
    assertThat(finder.find("On Friday, and on 3 March 2019, and on March 30.", Optional.empty()))
        .containsExactly(
            new DayFinder.Day("Friday", null),
            new DayFinder.Day("3 March 2019", LocalDate.of(2019, 3, 3)),
            new DayFinder.Day("March 30", null));
  }

  @Test
  void impossibleDatesAreKeptUnresolved() {
    assertThat(finder.find("on February 30, 2021", MONDAY))
        .containsExactly(new DayFinder.Day("February 30, 2021", null));
  }

  @Test
  void seededRandomTextNeverThrows() {
    Random random = new Random(3);
    String[] words = {"May", "39", "2021", "Monday", "Feb.", "of", "today", "-", "12", "x"};
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < random.nextInt(12); i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      assertThat(finder.find(text.toString(), MONDAY)).isNotNull();
    }
  }

  @Test
  void emptyTextNamesNoDay() {
    assertThat(finder.find("", MONDAY)).isEmpty();
    assertThat(finder.find(null, Optional.empty())).isEmpty();
  }
}
