package dev.crosscheck.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An extracted article: metadata and the body text.
 *
 * @param id unique within a run
 * @param input where it came from (path, or {@code path:line})
 * @param title the headline, or null when none was found
 * @param byline the author line, or null
 * @param source the outlet name, or null
 * @param url the canonical address, or null
 * @param published ISO-8601 date ({@code 2025-02-17}) or date-time, or null when unknown
 * @param language ISO 639-1 code, or null when undetermined
 * @param text the body only, paragraphs separated by a blank line; never null
 */
public record Article(
    String id,
    String input,
    String title,
    String byline,
    String source,
    String url,
    String published,
    String language,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(text, "text");
  }

  /** This article with {@code language} (ISO 639-1, or null) in place of its own. */
  public Article withLanguage(String language) {
    return new Article(id, input, title, byline, source, url, published, language, text);
  }

  /** This article with {@code text} as its body. */
  public Article withText(String text) {
    return new Article(id, input, title, byline, source, url, published, language, text);
  }

  /** The publication day, when {@link #published} is known and parses as ISO-8601. */
  public Optional<LocalDate> publishedDate() {
    if (published == null || published.isBlank()) {
      return Optional.empty();
    }
    try {
      if (published.length() <= 10) {
        return Optional.of(LocalDate.parse(published));
      }
      return Optional.of(OffsetDateTime.parse(published).toLocalDate());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(published.substring(0, 10)));
      } catch (DateTimeParseException | IndexOutOfBoundsException again) {
        return Optional.empty();
      }
    }
  }

  /** The paragraphs of the body, without blank ones. */
  public java.util.List<String> paragraphs() {
    return java.util.Arrays.stream(text.split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
