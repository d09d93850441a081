package dev.crosscheck.train;

import dev.crosscheck.cluster.EmbeddingSignal;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.cluster.PairSignal;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.eval.stories.ClusteringScores;
import dev.crosscheck.eval.stories.StoryEvaluator;
import dev.crosscheck.eval.stories.StorySplitter;
import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Embedder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Story clustering with whatever MiniLM the class path holds, through the product's code path of
 * {@code eval stories --embeddings}: an {@link Embedder} (which loads {@code
 * all-minilm-l6-v2-q.onnx} from the class path: a folder put before the engine's jar overrides it,
 * see {@link StoryTuneRun}), an {@link EmbeddingSignal} per floor, {@link LinkScorer}'s band, the
 * default {@link IncrementalClusterer}, {@link StoryEvaluator}'s scores. The embeddings of every
 * article are computed once first (to time them); each setting then reads them from the cache. Test
 * scope: a harness, run from the test class path.
 *
 * <pre>
 * java -cp [MODEL_DIR:]... dev.crosscheck.train.StoryEncoderEval --data DIR [--parts N --part P]
 *     [--floors 0.3,0.35] [--weights 0.4] [--words true] [--dump FILE]
 *     [--neighbours true]
 * </pre>
 */
public final class StoryEncoderEval {
  private StoryEncoderEval() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    int parts = 1;
    int part = 0;
    List<Double> floors = List.of(EmbeddingSignal.DEFAULT_FLOOR);
    List<Double> weights = List.of(LinkScorer.DEFAULT_EMBEDDING_WEIGHT);
    boolean words = false;
    Path dump = null;
    boolean neighbours = false;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--data" -> data = Path.of(value);
        case "--parts" -> parts = Integer.parseInt(value);
        case "--part" -> part = Integer.parseInt(value);
        case "--floors" -> floors = numbers(value);
        case "--weights" -> weights = numbers(value);
        case "--words" -> words = Boolean.parseBoolean(value);
        case "--dump" -> dump = Path.of(value);
        case "--neighbours" -> neighbours = Boolean.parseBoolean(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    StoryDataSet set = StoryDataSet.read(data);
    String label = data.toAbsolutePath().normalize().getFileName().toString();
    if (parts > 1) {
      set = StorySplitter.split(set, parts).get(part);
      label += "/" + part + "of" + parts;
    }
    System.out.println(
        "MODEL "
            + StoryEncoderEval.class.getClassLoader().getResource(StoryTuneRun.ENGINE_MODEL_NAME));
    Embedder embedder = new Embedder();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    for (Article a : set.articles()) {
      embedder.embed(EmbeddingSignal.input(a));
    }
    double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "EMBED %s articles %d computed %d cpu-s %.1f ms-per-embedding %.2f (model load included)%n",
        label,
        set.articles().size(),
        embedder.computed(),
        seconds,
        1000 * seconds / Math.max(1, embedder.computed()));
    if (neighbours) {
      neighbours(label, set, embedder);
    }
    if (words) {
      print(label, "words", 0, 0, evaluate(set, new LinkScorer(), null));
    }
    for (double weight : weights) {
      for (double floor : floors) {
        LinkScorer scorer =
            new LinkScorer(
                new LinkScorer(),
                new PairSignal.Weighted("embedding", weight, new EmbeddingSignal(embedder, floor)),
                LinkScorer.DEFAULT_AMBIGUOUS_LOW,
                LinkScorer.DEFAULT_AMBIGUOUS_HIGH);
        print(label, "embeddings", weight, floor, evaluate(set, scorer, dump));
      }
    }
  }

  /**
   * Prints the share of articles with a gold sibling whose nearest other article by embedding
   * cosine is in their gold story (the diagnostic story-recall.md quotes).
   */
  private static void neighbours(String label, StoryDataSet set, Embedder embedder) {
    List<Article> articles = set.articles();
    List<float[]> vectors = new ArrayList<>();
    articles.forEach(a -> vectors.add(embedder.embed(EmbeddingSignal.input(a))));
    java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
    set.gold().values().forEach(g -> sizes.merge(g, 1, Integer::sum));
    int asked = 0;
    int right = 0;
    for (int i = 0; i < articles.size(); i++) {
      String story = set.gold().get(articles.get(i).id());
      if (sizes.get(story) < 2) {
        continue;
      }
      int best = -1;
      double bestCosine = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < articles.size(); j++) {
        double c =
            j == i ? Double.NEGATIVE_INFINITY : Embedder.cosine(vectors.get(i), vectors.get(j));
        if (c > bestCosine) {
          bestCosine = c;
          best = j;
        }
      }
      asked++;
      right += story.equals(set.gold().get(articles.get(best).id())) ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "NEIGHBOURS %s nearest neighbour in the same gold story: %d / %d = %.4f%n",
        label,
        right,
        asked,
        right / (double) Math.max(1, asked));
  }

  /** Clusters {@code set}; with {@code dump}, writes {@code id<TAB>gold<TAB>found} per article. */
  static ClusteringScores evaluate(StoryDataSet set, LinkScorer scorer, Path dump)
      throws IOException {
    return evaluate(
        set,
        scorer,
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
        IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD,
        dump);
  }

  /**
   * As above, links kept from {@code linkThreshold}, groups joining at {@code joinThreshold},
   * loners attaching at {@code attach}.
   */
  static ClusteringScores evaluate(
      StoryDataSet set,
      LinkScorer scorer,
      double linkThreshold,
      double joinThreshold,
      double attach,
      Path dump)
      throws IOException {
    IncrementalClusterer clusterer =
        new IncrementalClusterer(
            new FeatureExtractor(LocalDate.now()), scorer, linkThreshold, joinThreshold, attach, 1);
    ClusteringScores scores = new StoryEvaluator(0).evaluate("", set, clusterer).scores();
    if (dump != null) {
      dump(dump, clusterer.stories(), set.gold());
    }
    return scores;
  }

  /** Writes {@code id<TAB>gold<TAB>found} per article, found = the story's index. */
  static void dump(Path file, List<List<String>> stories, java.util.Map<String, String> gold)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int s = 0; s < stories.size(); s++) {
      for (String id : stories.get(s)) {
        lines.append(id).append('\t').append(gold.get(id)).append('\t').append(s).append('\n');
      }
    }
    Files.writeString(file, lines);
  }

  private static void print(
      String label, String variant, double weight, double floor, ClusteringScores s) {
    System.out.printf(
        Locale.ROOT,
        "RESULT %s %s w %.2f floor %.2f P %.4f R %.4f F1 %.4f ARI %.4f found %d gold %d%n",
        label,
        variant,
        weight,
        floor,
        s.precision(),
        s.recall(),
        s.f1(),
        s.adjustedRand(),
        s.found(),
        s.gold());
    System.out.flush();
  }

  static List<Double> numbers(String list) {
    List<Double> values = new ArrayList<>();
    for (String s : list.split(",")) {
      values.add(Double.parseDouble(s.strip()));
    }
    return values;
  }
}
