package dev.crosscheck.eval.lineage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a lineage evaluation.
 *
 * @param perTransformation for each transformation: {articles, role correct, parent correct,
 *     changes injected, detected, conflicts flagged, flagged that are injected changes, filler
 *     sentences inserted, found, filler marks added over the source's}
 * @param sources {originals, judged original}
 * @param independents {independent reports, kept out of the source's group}
 * @param conflicts {injected changes, detected, flagged conflicts involving generated articles,
 *     flagged that are injected changes}
 * @param filler {filler sentences inserted, found; filler marks on unpadded articles, those
 *     articles}
 */
public record LineageReport(
    String dataSet,
    Map<Transformation, int[]> perTransformation,
    int[] sources,
    int[] independents,
    int[] conflicts,
    int[] filler) {
  /** Counts kept per transformation (see {@link #perTransformation()}). */
  static final int COLUMNS = 10;

  static final int ARTICLES = 0;
  static final int ROLE = 1;
  static final int PARENT = 2;
  static final int INJECTED = 3;
  static final int DETECTED = 4;
  static final int FLAGGED = 5;
  static final int FLAGGED_INJECTED = 6;
  static final int FILLER_INSERTED = 7;
  static final int FILLER_FOUND = 8;
  static final int FILLER_MARKED = 9;

  /** Role accuracy over every derived article. */
  public double roleAccuracy() {
    int n = 0;
    int ok = 0;
    for (int[] c : perTransformation.values()) {
      n += c[0];
      ok += c[1];
    }
    return n == 0 ? 0 : (double) ok / n;
  }

  /** Share of injected changes flagged as conflicts. */
  public double conflictRecall() {
    return conflicts[0] == 0 ? 0 : (double) conflicts[1] / conflicts[0];
  }

  /** Share of flagged conflicts (involving generated articles) that are injected changes. */
  public double conflictPrecision() {
    return conflicts[2] == 0 ? 0 : (double) conflicts[3] / conflicts[2];
  }

  /** Share of the parents named that are the article's source, over every derived article. */
  public double parentAccuracy() {
    int n = 0;
    int ok = 0;
    for (int[] c : perTransformation.values()) {
      n += c[ARTICLES];
      ok += c[PARENT];
    }
    return n == 0 ? 0 : (double) ok / n;
  }

  /** Share of inserted filler sentences marked as filler. */
  public double fillerRecall() {
    return filler[0] == 0 ? 0 : (double) filler[1] / filler[0];
  }

  /**
   * Share of the filler marks a derivation added over its source's that are inserted filler: marks
   * on unchanged or reworded sentences count against it.
   */
  public double fillerPrecision() {
    int marked = perTransformation.values().stream().mapToInt(c -> c[FILLER_MARKED]).sum();
    return marked == 0 ? 0 : (double) filler[1] / marked;
  }

  /** The table a person reads. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "lineage on a corpus generated from %s%n", dataSet));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %4s %6s %6s %8s %6s %6s %7s %6s %6s%n",
            "transformation",
            "n",
            "role",
            "parent",
            "changes",
            "c-rec",
            "c-prec",
            "filler",
            "f-rec",
            "f-prec"));
    perTransformation.forEach((t, c) -> out.append(row(t.label(), c)));
    int[] all = new int[COLUMNS];
    perTransformation.values().forEach(c -> Arrays.setAll(all, i -> all[i] + c[i]));
    out.append(row("all derived", all));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %4d %6s%n",
            "source original",
            sources[0],
            LineageEvaluation.share(sources[1], sources[0])));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %4d %6s%n",
            "other reports kept",
            independents[0],
            LineageEvaluation.share(independents[1], independents[0])));
    out.append(
        String.format(
            Locale.ROOT,
            "conflicts: %d injected, recall %s, precision %s (%d flagged involving generated)%n",
            conflicts[0],
            LineageEvaluation.share(conflicts[1], conflicts[0]),
            LineageEvaluation.share(conflicts[3], conflicts[2]),
            conflicts[2]));
    out.append(
        String.format(
            Locale.ROOT,
            "filler: %d inserted, recall %s, precision %s; %d filler marks on %d unpadded"
                + " articles%n",
            filler[0],
            LineageEvaluation.share(filler[1], filler[0]),
            LineageEvaluation.share(
                filler[1],
                perTransformation.values().stream().mapToInt(c -> c[FILLER_MARKED]).sum()),
            filler[2],
            filler[3]));
    return out.toString();
  }

  private static String row(String label, int[] c) {
    return String.format(
        Locale.ROOT,
        "%-18s %4d %6s %6s %8d %6s %6s %7d %6s %6s%n",
        label,
        c[ARTICLES],
        LineageEvaluation.share(c[ROLE], c[ARTICLES]),
        LineageEvaluation.share(c[PARENT], c[ARTICLES]),
        c[INJECTED],
        LineageEvaluation.share(c[DETECTED], c[INJECTED]),
        LineageEvaluation.share(c[FLAGGED_INJECTED], c[FLAGGED]),
        c[FILLER_INSERTED],
        LineageEvaluation.share(c[FILLER_FOUND], c[FILLER_INSERTED]),
        LineageEvaluation.share(c[FILLER_FOUND], c[FILLER_MARKED]));
  }

  /** Collects the counts story by story. */
  static final class Builder {
    private final Map<Transformation, int[]> perTransformation = LineageEvaluation.emptyCounts();
    private final int[] sources = new int[2];
    private final int[] independents = new int[2];
    private final int[] conflicts = new int[4];
    private final int[] filler = new int[4];

    void source(boolean original) {
      sources[0]++;
      sources[1] += original ? 1 : 0;
    }

    void independent(boolean separate) {
      independents[0]++;
      independents[1] += separate ? 1 : 0;
    }

    void derived(Transformation t, boolean role, boolean parent) {
      int[] c = perTransformation.get(t);
      c[ARTICLES]++;
      c[ROLE] += role ? 1 : 0;
      c[PARENT] += parent ? 1 : 0;
    }

    void injected(Transformation t, int n) {
      conflicts[0] += n;
      perTransformation.get(t)[INJECTED] += n;
    }

    void detected(Transformation t) {
      conflicts[1]++;
      perTransformation.get(t)[DETECTED]++;
    }

    void flagged(Transformation t, boolean injected) {
      conflicts[2]++;
      conflicts[3] += injected ? 1 : 0;
      perTransformation.get(t)[FLAGGED]++;
      perTransformation.get(t)[FLAGGED_INJECTED] += injected ? 1 : 0;
    }

    void filler(Transformation t, int found, int inserted, int marked) {
      filler[0] += inserted;
      filler[1] += found;
      int[] c = perTransformation.get(t);
      c[FILLER_INSERTED] += inserted;
      c[FILLER_FOUND] += found;
      c[FILLER_MARKED] += marked;
    }

    void fillerInUnpadded(int marks) {
      filler[2] += marks;
      filler[3]++;
    }

    LineageReport build(String dataSet) {
      return new LineageReport(
          dataSet, perTransformation, sources, independents, conflicts, filler);
    }
  }
}
