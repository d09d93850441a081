package dev.crosscheck.eval.stories;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.AverageLinkage;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.eval.data.StoryDataSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Grid search of the link weights and thresholds on a development set, by B-cubed F1: how the
 * engine's defaults were chosen. Scores every pair once (brute force, so it also shows what
 * candidate retrieval may lose), then cuts stories for each setting as the clusterer does: links at
 * or above the link threshold, average-link within connected parts at the join threshold, loners
 * attached at the attach threshold (default {@link IncrementalClusterer#DEFAULT_ATTACH_THRESHOLD};
 * 1 turns attaching off). Run: {@code java ... StoryTuner DATA_DIR [STEP [ATTACH]]}.
 */
public final class StoryTuner {
  /** A pair is kept for the search when one of its signals reaches this. */
  static final double MIN_SIGNAL = 0.15;

  private StoryTuner() {}

  public static void main(String[] args) throws IOException {
    StoryDataSet data = StoryDataSet.read(Path.of(args[0]));
    FeatureExtractor extractor = new FeatureExtractor(LocalDate.now());
    List<ArticleFeatures> f = data.articles().parallelStream().map(extractor::extract).toList();
    List<double[]> pairs = pairs(f);
    System.out.println("pairs kept: " + pairs.size());
    StoryEvaluator evaluator = new StoryEvaluator(0);
    double best = 0;
    double step = Double.parseDouble(args.length > 1 ? args[1] : "0.2");
    double attach =
        args.length > 2
            ? Double.parseDouble(args[2])
            : IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD;
    double[] links = {0.2, 0.25, 0.3, 0.35};
    for (double h = 0; h <= 0.6001; h += step) {
      for (double e = 0; h + e <= 1.0001 && e <= 0.3001; e += step) {
        double b = Math.max(0, 1 - h - e);
        for (double link : links) {
          for (double join = 0.2; join <= 0.4001; join += 0.025) {
            List<List<String>> stories = cut(f, pairs, h, b, e, link, join, attach);
            ClusteringScores s = evaluator.score("", data, stories).scores();
            if (s.f1() >= best - 0.01) {
              best = Math.max(best, s.f1());
              System.out.printf(
                  Locale.ROOT,
                  "h=%.2f b=%.2f e=%.2f link=%.3f join=%.3f  P=%.4f R=%.4f F1=%.4f ARI=%.4f%n",
                  h,
                  b,
                  e,
                  link,
                  join,
                  s.precision(),
                  s.recall(),
                  s.f1(),
                  s.adjustedRand());
            }
          }
        }
      }
    }
  }

  /** {i, j, headline, body, entities} of every pair with some signal. */
  static List<double[]> pairs(List<ArticleFeatures> f) {
    return IntStream.range(0, f.size())
        .parallel()
        .mapToObj(
            i -> {
              List<double[]> out = new ArrayList<>();
              for (int j = i + 1; j < f.size(); j++) {
                double h = f.get(i).headline().dot(f.get(j).headline());
                double b = f.get(i).body().dot(f.get(j).body());
                double e = f.get(i).entities().dot(f.get(j).entities());
                if (h >= MIN_SIGNAL || b >= MIN_SIGNAL || e >= MIN_SIGNAL) {
                  out.add(new double[] {i, j, h, b, e});
                }
              }
              return out;
            })
        .flatMap(List::stream)
        .toList();
  }

  static List<List<String>> cut(
      List<ArticleFeatures> f,
      List<double[]> pairs,
      double h,
      double b,
      double e,
      double link,
      double join,
      double attach) {
    int n = f.size();
    int[] parent = IntStream.range(0, n).toArray();
    List<double[]> links = new ArrayList<>();
    for (double[] p : pairs) {
      double s = h * p[2] + b * p[3] + e * p[4];
      if (s >= link) {
        links.add(new double[] {p[0], p[1], s});
        parent[find(parent, (int) p[0])] = find(parent, (int) p[1]);
      }
    }
    Map<Integer, List<Integer>> parts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      parts.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<double[]>> partLinks = new HashMap<>();
    for (double[] l : links) {
      partLinks.computeIfAbsent(find(parent, (int) l[0]), k -> new ArrayList<>()).add(l);
    }
    List<List<String>> stories = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> part : parts.entrySet()) {
      List<Integer> members = part.getValue();
      Map<Integer, Integer> local = new HashMap<>();
      for (int k = 0; k < members.size(); k++) {
        local.put(members.get(k), k);
      }
      AverageLinkage linkage = new AverageLinkage(members.size());
      if (members.size() <= 200) {
        for (int x = 0; x < members.size(); x++) {
          for (int y = x + 1; y < members.size(); y++) {
            ArticleFeatures p = f.get(members.get(x));
            ArticleFeatures q = f.get(members.get(y));
            double s =
                h * p.headline().dot(q.headline())
                    + b * p.body().dot(q.body())
                    + e * p.entities().dot(q.entities());
            if (s > 0) {
              linkage.link(x, y, s);
            }
          }
        }
      } else {
        for (double[] l : partLinks.getOrDefault(part.getKey(), List.of())) {
          linkage.link(local.get((int) l[0]), local.get((int) l[1]), l[2]);
        }
      }
      for (List<Integer> group : linkage.run(join, attach)) {
        stories.add(group.stream().map(k -> f.get(members.get(k)).id()).sorted().toList());
      }
    }
    return stories;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
