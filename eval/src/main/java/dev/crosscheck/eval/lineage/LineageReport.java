package dev.crosscheck.eval.lineage;

import java.util.Locale;
import java.util.Map;

/**
 * The figures of a lineage evaluation.
 *
 * @param perTransformation for each transformation: {articles, role correct, parent correct}
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

  /** The table a person reads. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "lineage on a corpus generated from %s%n", dataSet));
    out.append(
        String.format(Locale.ROOT, "%-18s %6s %8s %8s%n", "transformation", "n", "role", "parent"));
    perTransformation.forEach(
        (t, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-18s %6d %8s %8s%n",
                    t.label(),
                    c[0],
                    LineageEvaluation.share(c[1], c[0]),
                    LineageEvaluation.share(c[2], c[0]))));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %6d %8.3f%n",
            "all derived",
            perTransformation.values().stream().mapToInt(c -> c[0]).sum(),
            roleAccuracy()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %6d %8s%n",
            "source original",
            sources[0],
            LineageEvaluation.share(sources[1], sources[0])));
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %6d %8s%n",
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
            "filler: %d inserted, recall %s; %d filler marks on %d unpadded articles%n",
            filler[0],
            LineageEvaluation.share(filler[1], filler[0]),
            filler[2],
            filler[3]));
    return out.toString();
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
      c[0]++;
      c[1] += role ? 1 : 0;
      c[2] += parent ? 1 : 0;
    }

    void injected(int n) {
      conflicts[0] += n;
    }

    void detected(int n) {
      conflicts[1] += n;
    }

    void flagged(boolean injected) {
      conflicts[2]++;
      conflicts[3] += injected ? 1 : 0;
    }

    void filler(int found, int inserted) {
      filler[0] += inserted;
      filler[1] += found;
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
