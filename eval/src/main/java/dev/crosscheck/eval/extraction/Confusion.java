package dev.crosscheck.eval.extraction;

/**
 * Segment counts of the trafilatura scoring, summed over pages (micro-average).
 *
 * @param tp must-have segments found
 * @param fp must-not segments found
 * @param fn must-have segments missed
 * @param tn must-not segments left out
 */
public record Confusion(long tp, long fp, long fn, long tn) {
  /** No segments counted yet. */
  public static final Confusion ZERO = new Confusion(0, 0, 0, 0);

  /** The sum of two counts. */
  public Confusion plus(Confusion o) {
    return new Confusion(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  /** TP / (TP + FP), 0 when nothing was found. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** TP / (TP + FN). */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** 2TP / (2TP + FP + FN). */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  /** (TP + TN) / all segments. */
  public double accuracy() {
    return ratio(tp + tn, tp + fp + fn + tn);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
