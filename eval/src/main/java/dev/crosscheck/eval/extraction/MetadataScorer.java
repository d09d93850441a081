package dev.crosscheck.eval.extraction;

import dev.crosscheck.model.Article;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scorer of our title, author and date against a page's annotation. Titles and authors match
 * when equal after whitespace normalisation, ignoring case (authors also unify the separators
 * between names: ";", "," and "and"); dates when the first ten characters (YYYY-MM-DD) are equal.
 */
public final class MetadataScorer {
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(;|,|\\band\\b|\\bund\\b|&)\\s*", Pattern.CASE_INSENSITIVE);

  /** Scores one page. */
  public MetadataScore score(ExtractionCase page, Article article) {
    int[] title = count(page.title(), article.title(), MetadataScorer::sameText);
    int[] author = count(page.author(), article.byline(), MetadataScorer::sameAuthors);
    int[] date = count(page.date(), article.published(), MetadataScorer::sameDay);
    return new MetadataScore(title[0], title[1], author[0], author[1], date[0], date[1]);
  }

  private interface Matcher {
    boolean matches(String expected, String found);
  }

  private static int[] count(String expected, String found, Matcher m) {
    if (expected == null || expected.isBlank()) {
      return new int[] {0, 0};
    }
    return new int[] {found != null && m.matches(expected, found) ? 1 : 0, 1};
  }

  static boolean sameText(String a, String b) {
    return norm(a).equals(norm(b));
  }

  static boolean sameAuthors(String a, String b) {
    return NAME_SEPARATORS
        .matcher(norm(a))
        .replaceAll(";")
        .equals(NAME_SEPARATORS.matcher(norm(b)).replaceAll(";"));
  }

  static boolean sameDay(String expected, String found) {
    return found.length() >= 10 && found.substring(0, 10).equals(expected.strip());
  }

  private static String norm(String s) {
    return SegmentScorer.normalize(s).toLowerCase(Locale.ROOT);
  }
}
