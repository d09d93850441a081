package dev.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints two texts in two wrapped columns, for a person reading a terminal. */
final class SideBySide {
  private SideBySide() {}

  static void print(PrintWriter out, String left, String right, int width) {
    List<String> a = wrap(left, width);
    List<String> b = wrap(right, width);
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String l = i < a.size() ? a.get(i) : "";
      String r = i < b.size() ? b.get(i) : "";
      out.printf("  %-" + width + "s | %s%n", l, r);
    }
    out.println();
  }

  /** Greedy word wrap; a word longer than the width is cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
