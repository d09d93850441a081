package dev.crosscheck.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a document or rejection stands in the embedded run's order: the input's position on the
 * command line, the file (inputs are walked in path order) and the line or record within the file.
 *
 * @param phase 0 for what reading finds, 1 for what extraction finds (the embedded run lists
 *     rejections of reading first)
 */
record Order(int phase, int input, String file, long line)
    implements Serializable, Comparable<Order> {
  private static final Comparator<Order> ORDER =
      Comparator.comparingInt(Order::phase)
          .thenComparingInt(Order::input)
          .thenComparing(Order::file)
          .thenComparingLong(Order::line);

  /** This order in the extraction phase. */
  Order extracted() {
    return new Order(1, input, file, line);
  }

  @Override
  public int compareTo(Order other) {
    return ORDER.compare(this, other);
  }
}
