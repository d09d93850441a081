package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the normalized entity names the clusterer keeps back into names as people write them. */
public final class EntityNames {
  private EntityNames() {}

  /**
   * The entity as the articles write it ("corvina halst" becomes "Corvina Halst"): its first
   * occurrence in their titles and texts, matched without regard to case; else the name as given.
   */
  public static String asWritten(String entity, List<Article> articles) {
    Pattern pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + Pattern.quote(entity).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (Article a : articles) {
      for (String text : new String[] {a.title(), a.text()}) {
        if (text != null) {
          Matcher m = pattern.matcher(text);
          if (m.find()) {
            return m.group().replaceAll("\\s+", " ");
          }
        }
      }
    }
    return entity;
  }
}
