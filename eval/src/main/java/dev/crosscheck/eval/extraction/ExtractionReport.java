package dev.crosscheck.eval.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The result of an extraction evaluation: every extractor's segment scores (all pages and both
 * halves) and speed, and our metadata accuracy.
 *
 * @param pages annotated pages
 * @param tuningPages pages in the tuning half
 * @param unreadable pages ingestion rejected (scored as no output for every extractor)
 * @param results one per extractor, in the order given
 * @param metadata our title, author and date matches
 */
public record ExtractionReport(
    int pages,
    int tuningPages,
    int unreadable,
    List<ExtractorResult> results,
    MetadataScore metadata) {
  public ExtractionReport {
    results = List.copyOf(results);
  }

  /** The result of the extractor with this name, or null. */
  public ExtractorResult result(String name) {
    return results.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  /** The printed table. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "extraction: %d pages (tuning half %d, check half %d), %d unreadable%n",
            pages,
            tuningPages,
            pages - tuningPages,
            unreadable));
    out.append(
        String.format(
            Locale.ROOT,
            "%-14s %9s %7s %6s %8s %8s %8s %8s %8s%n",
            "extractor",
            "precision",
            "recall",
            "F1",
            "accuracy",
            "F1 tune",
            "F1 check",
            "pages/s",
            "failures"));
    for (ExtractorResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-14s %9.3f %7.3f %6.3f %8.3f %8.3f %8.3f %8.1f %8d%n",
              r.name(),
              r.all().precision(),
              r.all().recall(),
              r.all().f1(),
              r.all().accuracy(),
              r.tuning().f1(),
              r.check().f1(),
              r.pagesPerSecond(),
              r.failures()));
    }
    if (metadata.titles() + metadata.authors() + metadata.dates() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "metadata (crosscheck): title %s, author %s, date %s%n",
              share(metadata.titleRight(), metadata.titles()),
              share(metadata.authorRight(), metadata.authors()),
              share(metadata.dateRight(), metadata.dates())));
    }
    return out.toString();
  }

  private static String share(int right, int total) {
    return String.format(
        Locale.ROOT, "%.3f (%d/%d)", total == 0 ? 0.0 : (double) right / total, right, total);
  }
}
