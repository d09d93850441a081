package dev.crosscheck.eval.extraction;

/**
 * One extractor's scores on the set.
 *
 * @param name the extractor's name
 * @param all counts over every page
 * @param tuning counts over the tuning half (even CRC-32 of the file name)
 * @param check counts over the check half (odd)
 * @param pages pages given to the extractor
 * @param failures pages on which it threw (scored as no output)
 * @param nanos time spent inside the extractor, summed over pages, in nanoseconds
 */
public record ExtractorResult(
    String name,
    Confusion all,
    Confusion tuning,
    Confusion check,
    int pages,
    int failures,
    long nanos) {

  /** Pages per second on one thread, from the time spent inside the extractor. */
  public double pagesPerSecond() {
    return nanos == 0 ? 0 : pages * 1e9 / nanos;
  }
}
