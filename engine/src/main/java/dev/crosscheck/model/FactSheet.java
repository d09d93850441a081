package dev.crosscheck.model;

import java.util.List;

/**
 * A story's fact sheet: who, what, where and when, as its articles write them.
 *
 * @param who key people and organisations, most mentioned first
 * @param what the story in one line: its headline-like title, else its best-supported claim; null
 *     when the story has neither
 * @param where places the articles name, most mentioned first
 * @param when the event's days and the publication span
 */
public record FactSheet(List<Actor> who, String what, List<String> where, When when) {
  public FactSheet {
    who = List.copyOf(who);
    where = List.copyOf(where);
  }

  /** A fact sheet that knows nothing. */
  public static FactSheet empty() {
    return new FactSheet(List.of(), null, List.of(), new When(List.of(), List.of(), null, null));
  }

  /**
   * A person or organisation of a story.
   *
   * @param name the name as written ("Bernie Sanders")
   * @param role the role or title as written before or beside the name ("Vermont Sen."), or null
   *     when no article gives one
   */
  public record Actor(String name, String role) {}

  /**
   * When a story happened.
   *
   * @param dates the event days stated with a full date, resolved to ISO-8601 ({@code 2021-02-09}),
   *     earliest first
   * @param mentions days named without a full date, as written ("Tuesday"), most mentioned first
   * @param first the earliest publication day (ISO-8601 date), or null when no article is dated
   * @param last the latest publication day, or null
   */
  public record When(List<String> dates, List<String> mentions, String first, String last) {
    public When {
      dates = List.copyOf(dates);
      mentions = List.copyOf(mentions);
    }
  }
}
