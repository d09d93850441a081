package dev.crosscheck.eval.extraction;

import java.util.List;

/**
 * One annotated page of the extraction set: where it came from, its file, the segments a correct
 * extraction must and must not contain, and the metadata the annotation gives (null or blank when
 * it gives none).
 *
 * @param url the page address, the annotation's key
 * @param file the page's file name under {@code html/}, without the {@code .gz}
 * @param with segments the main text must contain (case-sensitive, whitespace-normalised)
 * @param without segments the main text must not contain
 * @param title the expected title, or null
 * @param author the expected author, or null
 * @param date the expected publication date as YYYY-MM-DD, or null
 */
public record ExtractionCase(
    String url,
    String file,
    List<String> with,
    List<String> without,
    String title,
    String author,
    String date) {
  public ExtractionCase {
    with = List.copyOf(with);
    without = List.copyOf(without);
  }
}
