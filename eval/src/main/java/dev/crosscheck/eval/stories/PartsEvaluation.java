package dev.crosscheck.eval.stories;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A story clustering evaluated on each part of a data set ({@link StorySplitter}), each part
 * clustered alone.
 *
 * @param data the data set's name
 * @param parts the evaluation of each part, in part order; at least one
 */
public record PartsEvaluation(String data, List<StoryEvaluation> parts) {
  public PartsEvaluation {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("parts (0) must not be empty");
    }
  }

  /** The mean of one figure over the parts. */
  public double mean(ToDoubleFunction<ClusteringScores> figure) {
    return parts.stream().mapToDouble(p -> figure.applyAsDouble(p.scores())).average().orElse(0);
  }

  /** One line per part and the means, numbers in the root locale. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append("story clustering: ")
        .append(data)
        .append(" in ")
        .append(parts.size())
        .append(" parts, each clustered alone\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%-6s %8s %9s %9s %9s %9s%n",
            "part",
            "articles",
            "B3 P",
            "B3 R",
            "B3 F1",
            "ARI"));
    for (int p = 0; p < parts.size(); p++) {
      ClusteringScores s = parts.get(p).scores();
      out.append(
          String.format(
              Locale.ROOT,
              "%-6d %8d %9.4f %9.4f %9.4f %9.4f%n",
              p,
              parts.get(p).articles(),
              s.precision(),
              s.recall(),
              s.f1(),
              s.adjustedRand()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-6s %8d %9.4f %9.4f %9.4f %9.4f%n",
            "mean",
            parts.stream().mapToInt(StoryEvaluation::articles).sum(),
            mean(ClusteringScores::precision),
            mean(ClusteringScores::recall),
            mean(ClusteringScores::f1),
            mean(ClusteringScores::adjustedRand)));
    return out.toString();
  }
}
