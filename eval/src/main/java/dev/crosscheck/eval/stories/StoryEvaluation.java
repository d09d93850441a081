package dev.crosscheck.eval.stories;

import java.util.List;
import java.util.Locale;

/**
 * The result of a story clustering evaluation.
 *
 * @param data the data set's name
 * @param articles number of articles clustered
 * @param scores the figures
 * @param merges the worst merges, worst first
 * @param splits the worst splits, worst first
 */
public record StoryEvaluation(
    String data,
    int articles,
    ClusteringScores scores,
    List<StoryError> merges,
    List<StoryError> splits) {
  /** Longest headline printed, in characters. */
  static final int HEADLINE_CHARS = 90;

  public StoryEvaluation {
    merges = List.copyOf(merges);
    splits = List.copyOf(splits);
  }

  /** The table a person reads, numbers in the root locale. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append("story clustering: ")
        .append(data)
        .append(" (")
        .append(articles)
        .append(" articles)\n");
    row(out, "B-cubed precision", scores.precision());
    row(out, "B-cubed recall", scores.recall());
    row(out, "B-cubed F1", scores.f1());
    row(out, "adjusted Rand index", scores.adjustedRand());
    out.append(
        String.format(
            Locale.ROOT, "%-22s %d found / %d gold%n", "stories", scores.found(), scores.gold()));
    errors(out, "worst merges (one found story, several gold stories)", merges);
    errors(out, "worst splits (one gold story, several found stories)", splits);
    return out.toString();
  }

  private static void row(StringBuilder out, String name, double value) {
    out.append(String.format(Locale.ROOT, "%-22s %.4f%n", name, value));
  }

  private static void errors(StringBuilder out, String heading, List<StoryError> errors) {
    out.append('\n').append(heading).append(errors.isEmpty() ? ": none\n" : ":\n");
    for (StoryError e : errors) {
      out.append(String.format(Locale.ROOT, "- %s (%d wrong pairs)%n", e.label(), e.wrongPairs()));
      for (StoryError.Part p : e.parts()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    [%d] %s  (%s)%n",
                p.ids().size(),
                cut(p.headline()),
                String.join(" ", p.ids().subList(0, Math.min(3, p.ids().size())))
                    + (p.ids().size() > 3 ? " …" : "")));
      }
    }
  }

  private static String cut(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= HEADLINE_CHARS ? one : one.substring(0, HEADLINE_CHARS - 1) + "…";
  }
}
