package dev.crosscheck.text;

import java.util.Set;

/** Day and month names (English, lower case): checkable anchors, never entities. */
public final class CalendarWords {
  /** Monday to Sunday. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Days named relative to the publication day. */
  public static final Set<String> RELATIVE_DAYS = Set.of("today", "tomorrow", "yesterday");

  /** January to December. */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private CalendarWords() {}
}
