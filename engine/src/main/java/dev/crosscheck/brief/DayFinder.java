package dev.crosscheck.brief;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days a text names: full dates ("February 9, 2021", "9 February 2021", "2021-02-09"),
 * month and day ("Feb. 9", resolved in the publication year), relative days ("yesterday") and
 * weekdays. A weekday is resolved to the one date of that name within {@link #WEEKDAY_REACH} days
 * of publication: news says "Tuesday" for the days around it. English only. Thread-safe.
 */
public final class DayFinder {
  /** Days either side of publication in which a weekday is looked for. */
  public static final int WEEKDAY_REACH = 3;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DAY =
      Pattern.compile(
          "\\b(?:"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?"
              + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+(\\d{4}))?"
              + "|(\\d{4})-(\\d{2})-(\\d{2})"
              + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|today|tonight|yesterday|tomorrow))\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A day named in a text.
   *
   * @param written the words as written ("Tuesday")
   * @param date the day it resolves to, or null when it cannot be resolved
   */
  public record Day(String written, LocalDate date) {}

  /**
   * The days {@code text} names, in order; empty for null text.
   *
   * @param published the text's publication day, for month-days, weekdays and relative days
   */
  public List<Day> find(String text, Optional<LocalDate> published) {
    List<Day> days = new ArrayList<>();
    if (text == null) {
      return days;
    }
    Matcher m = DAY.matcher(text);
    while (m.find()) {
      days.add(new Day(m.group().replaceAll("\\s+", " "), resolve(m, published)));
    }
    return days;
  }

  private static LocalDate resolve(Matcher m, Optional<LocalDate> published) {
    try {
      if (m.group(1) != null) {
        return date(m.group(3), m.group(1), m.group(2), published);
      }
      if (m.group(5) != null) {
        return date(m.group(6), m.group(5), m.group(4), published);
      }
      if (m.group(7) != null) {
        return LocalDate.of(
            Integer.parseInt(m.group(7)),
            Integer.parseInt(m.group(8)),
            Integer.parseInt(m.group(9)));
      }
    } catch (DateTimeException e) {
      return null; // "February 30": not a day
    }
    return published.map(p -> relative(m.group(10).toLowerCase(Locale.ROOT), p)).orElse(null);
  }

  private static LocalDate date(
      String year, String month, String day, Optional<LocalDate> published) {
    int y;
    if (year != null) {
      y = Integer.parseInt(year);
    } else if (published.isPresent()) {
      y = published.get().getYear();
    } else {
      return null;
    }
    return LocalDate.of(y, month(month), Integer.parseInt(day));
  }

  private static int month(String written) {
    String prefix = written.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(prefix)
        + 1;
  }

  private static LocalDate relative(String word, LocalDate published) {
    switch (word) {
      case "today", "tonight":
        return published;
      case "yesterday":
        return published.minusDays(1);
      case "tomorrow":
        return published.plusDays(1);
      default:
        for (int offset = -WEEKDAY_REACH; offset <= WEEKDAY_REACH; offset++) {
          LocalDate day = published.plusDays(offset);
          if (day.getDayOfWeek()
              .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              .equalsIgnoreCase(word)) {
            return day;
          }
        }
        return null;
    }
  }
}
