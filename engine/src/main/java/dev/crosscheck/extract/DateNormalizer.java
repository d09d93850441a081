package dev.crosscheck.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalizer of the dates pages write into ISO-8601: {@code yyyy-MM-dd}, or a full offset
 * date-time when the source gives a time with a zone. English month names only. Thread-safe.
 */
final class DateNormalizer {
  private static final Pattern ISO_START =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(published|posted|updated|last updated|date|first published)(\\s+on)?\\s*[:\\-–]?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_TIME =
      Pattern.compile("(\\s*(,|at|-|\\|)?\\s*\\d{1,2}[:.]\\d{2}.*)$", Pattern.CASE_INSENSITIVE);
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("MMMM d, uuuu"),
          formatter("MMMM d uuuu"),
          formatter("MMM d, uuuu"),
          formatter("MMM. d, uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d MMMM, uuuu"),
          formatter("d MMM uuuu"),
          formatter("MMMM dd, uuuu"));

  private DateNormalizer() {}

  /** The ISO-8601 form of a date string, or null when it is not a date this class reads. */
  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip().replace('\u00a0', ' ');
    if (value.isEmpty()) {
      return null;
    }
    String iso = fromIso(value);
    if (iso != null) {
      return iso;
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return fromWords(value);
    }
  }

  /** The date a short line states, perhaps after a label such as "Published:", or null. */
  static String fromLine(String line) {
    String value = LABEL.matcher(line.strip()).replaceFirst("");
    return normalize(value);
  }

  private static String fromIso(String value) {
    Matcher m = ISO_START.matcher(value);
    if (!m.find()) {
      Matcher s = SLASHED.matcher(value);
      return s.find() ? dateOf(s.group(1), s.group(2), s.group(3)) : null;
    }
    if (m.end() != value.length() && !value.substring(m.end()).isBlank() && m.group(2) == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(m.group(1));
      if (m.group(2) == null || m.group(3) == null) {
        return date.toString();
      }
      String offset = m.group(3).equals("Z") ? "Z" : withColon(m.group(3));
      LocalDateTime time = LocalDateTime.parse(m.group(1) + "T" + padSeconds(m.group(2)));
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          OffsetDateTime.of(time, java.time.ZoneOffset.of(offset)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String fromWords(String value) {
    String text = WEEKDAY.matcher(value).replaceFirst("");
    text = TRAILING_TIME.matcher(text).replaceFirst("").strip();
    text = text.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(text, f).toString();
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return null;
  }

  private static String dateOf(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String withColon(String offset) {
    return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
  }

  private static String padSeconds(String time) {
    return time.length() == 5 ? time + ":00" : time;
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
