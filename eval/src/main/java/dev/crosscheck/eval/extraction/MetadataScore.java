package dev.crosscheck.eval.extraction;

/**
 * How often our metadata matched the annotation, counted only where the annotation gives a value.
 *
 * @param titleRight titles equal to the annotation (whitespace-normalised, case ignored)
 * @param titles annotated titles
 * @param authorRight authors equal to the annotation (same, name separators unified)
 * @param authors annotated authors
 * @param dateRight dates whose YYYY-MM-DD equals the annotation
 * @param dates annotated dates
 */
public record MetadataScore(
    int titleRight, int titles, int authorRight, int authors, int dateRight, int dates) {
  /** Nothing counted yet. */
  public static final MetadataScore ZERO = new MetadataScore(0, 0, 0, 0, 0, 0);

  /** The sum of two scores. */
  public MetadataScore plus(MetadataScore o) {
    return new MetadataScore(
        titleRight + o.titleRight,
        titles + o.titles,
        authorRight + o.authorRight,
        authors + o.authors,
        dateRight + o.dateRight,
        dates + o.dates);
  }
}
