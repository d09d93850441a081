package dev.crosscheck.eval.pairs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A cross-encoder's out-of-fold logits on one pair set, read from a TSV file of {@code
 * id<TAB>fold<TAB>logit} lines (blank lines, {@code #} comments and an {@code
 * id<TAB>fold<TAB>logit} header skipped): each pair's logit from a cross-encoder fine-tuned without
 * the pair's fold. They stand in for the shipped cross-encoder's logits when the judge is fitted or
 * cross-validated on the set the shipped cross-encoder was trained on, where its own logits are
 * in-sample.
 *
 * <p>The folds must be {@link LogisticFitter#folds}'s deal of the set ({@link
 * LogisticFitter#DEFAULT_FOLDS} folds, {@link LogisticFitter#DEFAULT_SEED}), the judge's own: a
 * logit made on other folds would have seen the pair the judge is tested on.
 */
public final class CrossEncoderLogits {
  private final String name;
  private final Map<String, Line> lines;

  /** One line of the file: the pair's fold, its logit and where it was read. */
  private record Line(int fold, double logit, int number) {}

  /**
   * The logits of a set in {@code set.pairs()} order, with the folds they cover.
   *
   * @param logits one per pair of the set; 0 for pairs of folds the file does not cover
   * @param fold each pair's fold in the judge's deal
   * @param covered the folds the file has logits for
   */
  public record Aligned(double[] logits, int[] fold, SortedSet<Integer> covered) {
    public Aligned {
      logits = logits.clone();
      fold = fold.clone();
      covered = new TreeSet<>(covered);
    }

    /** Whether every pair has a logit: the file covers every fold the deal gave pairs to. */
    public boolean complete() {
      return java.util.Arrays.stream(fold).allMatch(covered::contains);
    }

    @Override
    public double[] logits() {
      return logits.clone();
    }

    @Override
    public int[] fold() {
      return fold.clone();
    }
  }

  private CrossEncoderLogits(String name, Map<String, Line> lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line if a line is not {@code
   *     id<TAB>fold<TAB>logit} with a fold in [0, {@link LogisticFitter#DEFAULT_FOLDS}) and a logit
   *     that is a number, or an id is repeated
   */
  public static CrossEncoderLogits read(Path file) throws IOException {
    return read(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads {@code text}'s lines as {@link #read(Path)} does; {@code name} names it in errors. */
  static CrossEncoderLogits read(List<String> text, String name) {
    Map<String, Line> lines = new LinkedHashMap<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      int number = i + 1;
      String[] fields = line.split("\t", -1);
      if (line.isBlank() || line.startsWith("#") || isHeader(fields)) {
        continue;
      }
      if (fields.length != 3 || fields[0].isBlank()) {
        throw error(name, number, "expected id<TAB>fold<TAB>logit, got '" + line + "'");
      }
      Line read = new Line(fold(fields[1], name, number), logit(fields[2], name, number), number);
      Line before = lines.put(fields[0], read);
      if (before != null) {
        throw error(
            name, number, "id " + fields[0] + " repeated (first on line " + before.number() + ")");
      }
    }
    return new CrossEncoderLogits(name, lines);
  }

  /**
   * This file's logits for {@code set}, checked against it: every line must be a pair of the set in
   * the fold the judge's deal gives it, and a fold the file has must have all its pairs. Folds
   * without any line are left out of {@link Aligned#covered()}.
   *
   * @throws IllegalArgumentException naming the file (and line) if a line's id is not a pair of the
   *     set, a line's fold disagrees with the deal, a pair of a covered fold has no line, or the
   *     file has no line at all
   */
  public Aligned align(PairSet set) {
    Objects.requireNonNull(set, "set");
    List<LabeledPair> pairs = set.pairs();
    int[] fold =
        LogisticFitter.folds(
            pairs.size(), LogisticFitter.DEFAULT_FOLDS, LogisticFitter.DEFAULT_SEED);
    Map<String, Integer> index = new HashMap<>();
    for (int n = 0; n < pairs.size(); n++) {
      index.put(pairs.get(n).id(), n);
    }
    SortedSet<Integer> covered = new TreeSet<>();
    for (Map.Entry<String, Line> entry : lines.entrySet()) {
      Line line = entry.getValue();
      Integer n = index.get(entry.getKey());
      if (n == null) {
        throw error(
            name,
            line.number(),
            "id " + entry.getKey() + " is not a pair of set " + set.name() + " (wrong set?)");
      }
      if (fold[n] != line.fold()) {
        throw error(
            name,
            line.number(),
            "id "
                + entry.getKey()
                + " is in fold "
                + line.fold()
                + " but the judge's cross-validation (LogisticFitter.folds, "
                + LogisticFitter.DEFAULT_FOLDS
                + " folds, seed "
                + LogisticFitter.DEFAULT_SEED
                + ") deals it to fold "
                + fold[n]
                + ": logits made on other folds would leak the held-out pairs");
      }
      covered.add(line.fold());
    }
    if (covered.isEmpty()) {
      throw new IllegalArgumentException(name + ": no logits (expected id<TAB>fold<TAB>logit)");
    }
    double[] logits = new double[pairs.size()];
    for (int n = 0; n < pairs.size(); n++) {
      Line line = lines.get(pairs.get(n).id());
      if (line != null) {
        logits[n] = line.logit();
      } else if (covered.contains(fold[n])) {
        throw new IllegalArgumentException(
            name
                + ": no line for pair "
                + pairs.get(n).id()
                + " of set "
                + set.name()
                + " (fold "
                + fold[n]
                + "); expected id<TAB>fold<TAB>logit for every pair of the folds the file has");
      }
    }
    return new Aligned(logits, fold, covered);
  }

  /** The file's name as errors give it. */
  public String name() {
    return name;
  }

  private static boolean isHeader(String[] fields) {
    return fields.length == 3 && fields[0].equals("id") && fields[1].equals("fold");
  }

  private static int fold(String text, String name, int number) {
    try {
      int fold = Integer.parseInt(text.strip());
      if (fold >= 0 && fold < LogisticFitter.DEFAULT_FOLDS) {
        return fold;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(
        name,
        number,
        "fold '" + text + "' must be an integer in [0, " + LogisticFitter.DEFAULT_FOLDS + ")");
  }

  private static double logit(String text, String name, int number) {
    try {
      double logit = Double.parseDouble(text.strip());
      if (!Double.isNaN(logit)) {
        return logit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(name, number, "logit '" + text + "' must be a number");
  }

  private static IllegalArgumentException error(String name, int number, String what) {
    return new IllegalArgumentException(name + " line " + number + ": " + what);
  }
}
