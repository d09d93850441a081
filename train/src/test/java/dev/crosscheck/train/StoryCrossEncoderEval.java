package dev.crosscheck.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.AverageLinkage;
import dev.crosscheck.cluster.EmbeddingSignal;
import dev.crosscheck.cluster.FeatureExtractor;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.cluster.PairSignal;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.eval.stories.ClusteringScores;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Story clustering by a cross-encoder over candidate pairs (issue 5 experiment). Candidates: each
 * article's nearest neighbours by the shipped MiniLM's title-and-lead embedding cosine; each
 * candidate pair is read by a cross-encoder (what {@link FineTuneRun --out} wrote) on the two
 * articles' {@link EmbeddingSignal#input}; average link over the probabilities at each threshold.
 * Test scope: a harness.
 *
 * <pre>
 * # training pairs: gold siblings + each article's hardest non-sibling neighbours, in val-sized parts
 * # (--negatives-from model --model DELTA.bin: the hardest by that model's probability in the band;
 * # --positives-from band: only the siblings whose lexical score lies in the band)
 * # (--roundups N: also each article against its story's summaries.jsonl roundup and N others')
 * java -cp ... StoryCrossEncoderEval --write-pairs OUT --data DIR --parts 8 --skip-part 0 --negatives 2
 *     [--negatives-from band|model] [--positives-from band] [--roundups 1]
 * # clustering with a tuned model
 * java -cp ... StoryCrossEncoderEval --model DIR --data DIR [--parts 8 --part 0] [--neighbours 5]
 *     [--thresholds 0.3,0.5] [--dump FILE] [--scores FILE]
 * # the product's clusterer with the model for the ambiguous band, on a grid of band lows, weights
 * # and join thresholds (the dump when the grid is one point)
 * java -cp ... StoryCrossEncoderEval --model DIR|DELTA.bin --data DIR --parts 8 --part 0
 *     --lows 0.1 --weights 0.4,0.6 [--joins 0.25,0.3] [--attaches 0.2] [--links 0.25]
 *     [--orders 1|2] [--also A.bin,B.bin]
 *     [--candidates 1,0.05]
 *     [--dump FILE]
 * # (--input-chars N, --pieces N: longer texts per pair, a larger word-piece cap;
 * # --also: int8 deltas read beside the model, probabilities averaged: an ensemble;
 * # --candidates K,X: candidates share K keys with overlap X, the CandidateRule)
 * # the same with the gold labels as the pair reader: the path's ceiling
 * java -cp ... StoryCrossEncoderEval --model oracle --data DIR --parts 8 --part 0 --lows 0.1
 * </pre>
 */
public final class StoryCrossEncoderEval {
  /** {@code --model oracle}: the gold labels read pairs instead of a model (product path). */
  private static final String ORACLE = "oracle";

  /** {@code --input-chars}: characters of text after the title in a pair's texts. */
  private static int inputChars = dev.crosscheck.cluster.ArticleFeatures.STORED_TEXT_CHARS;

  /** {@code --pieces}: the word-piece cap of a pair read by a model. */
  private static int pieces = PairTokenizer.DEFAULT_MAX_PIECES;

  private StoryCrossEncoderEval() {}

  private static String input(Article article) {
    return EmbeddingSignal.input(article, inputChars);
  }

  public static void main(String[] args) throws Exception {
    Path data = null;
    Path writePairs = null;
    Path model = null;
    Path dump = null;
    Path scoresFile = null;
    int parts = 1;
    int part = 0;
    int skipPart = -1;
    int negatives = 2;
    int neighbours = 5;
    boolean symmetric = false;
    int orders = 2;
    boolean bandNegatives = false;
    boolean modelNegatives = false;
    boolean bandPositives = false;
    int roundups = 0;
    List<Path> also = List.of();
    dev.crosscheck.cluster.CandidateRule rule = dev.crosscheck.cluster.CandidateRule.DEFAULT;
    List<Double> thresholds = List.of(0.5);
    List<Double> bands = List.of();
    List<Double> weights = List.of(0.4);
    List<Double> joins = List.of(IncrementalClusterer.DEFAULT_JOIN_THRESHOLD);
    List<Double> attaches = List.of(IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD);
    List<Double> links = List.of(IncrementalClusterer.DEFAULT_LINK_THRESHOLD);
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--data" -> data = Path.of(value);
        case "--write-pairs" -> writePairs = Path.of(value);
        case "--model" -> model = Path.of(value);
        case "--dump" -> dump = Path.of(value);
        case "--scores" -> scoresFile = Path.of(value);
        case "--parts" -> parts = Integer.parseInt(value);
        case "--part" -> part = Integer.parseInt(value);
        case "--skip-part" -> skipPart = Integer.parseInt(value);
        case "--negatives" -> negatives = Integer.parseInt(value);
        case "--neighbours" -> neighbours = Integer.parseInt(value);
        case "--symmetric" -> symmetric = Boolean.parseBoolean(value);
        case "--orders" -> orders = Integer.parseInt(value);
        case "--negatives-from" -> {
          modelNegatives = value.equals("model");
          bandNegatives = modelNegatives || value.equals("band");
        }
        case "--roundups" -> roundups = Integer.parseInt(value);
        case "--positives-from" -> bandPositives = value.equals("band");
        case "--input-chars" -> inputChars = Integer.parseInt(value);
        case "--pieces" -> pieces = Integer.parseInt(value);
        case "--candidates" -> {
          String[] v = value.split(",");
          rule =
              new dev.crosscheck.cluster.CandidateRule(
                  Integer.parseInt(v[0]), Double.parseDouble(v[1]));
        }
        case "--also" -> also = java.util.Arrays.stream(value.split(",")).map(Path::of).toList();
        case "--thresholds" -> thresholds = StoryEncoderEval.numbers(value);
        case "--lows" -> bands = StoryEncoderEval.numbers(value);
        case "--weights" -> weights = StoryEncoderEval.numbers(value);
        case "--joins" -> joins = StoryEncoderEval.numbers(value);
        case "--attaches" -> attaches = StoryEncoderEval.numbers(value);
        case "--links" -> links = StoryEncoderEval.numbers(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    StoryDataSet whole = StoryDataSet.read(data);
    Embedder embedder = new Embedder();
    if (writePairs != null) {
      List<StoryDataSet> sets = parts > 1 ? StorySplitter.split(whole, parts) : List.of(whole);
      Map<String, Article> roundupTexts = roundups > 0 ? roundups(data) : Map.of();
      dev.crosscheck.similarity.CrossEncoderModel ranker =
          modelNegatives
              ? dev.crosscheck.similarity.CrossEncoderModel.fromDelta(
                  Files.readAllBytes(model), pieces)
              : null;
      writePairs(
          sets,
          skipPart,
          negatives,
          bandNegatives,
          ranker,
          bandPositives,
          roundups,
          roundupTexts,
          embedder,
          writePairs);
      return;
    }
    StoryDataSet set = parts > 1 ? StorySplitter.split(whole, parts).get(part) : whole;
    if (!bands.isEmpty()) {
      product(
          set, model, orders, also, rule, bands, weights, new Cuts(links, joins, attaches), dump);
      return;
    }
    List<Article> articles = set.articles();
    float[][] vectors = vectors(articles, embedder);
    List<int[]> candidates = candidates(vectors, neighbours);
    Map<String, String> gold = set.gold();
    int siblingPairs = 0;
    int covered = 0;
    Set<Long> candidateKeys = new java.util.HashSet<>();
    for (int[] c : candidates) {
      candidateKeys.add(key(c[0], c[1]));
    }
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        if (gold.get(articles.get(i).id()).equals(gold.get(articles.get(j).id()))) {
          siblingPairs++;
          covered += candidateKeys.contains(key(i, j)) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "CANDIDATES %d pairs (k %d); gold sibling pairs %d, covered %d = %.4f%n",
        candidates.size(),
        neighbours,
        siblingPairs,
        covered,
        covered / (double) Math.max(1, siblingPairs));
    double[] probability = new double[candidates.size()];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    try (PairTokenizer tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), pieces);
        OnnxCrossEncoder runtime = OnnxCrossEncoder.read(model)) {
      int batch = 16;
      for (int start = 0; start < candidates.size(); start += batch) {
        List<SentencePair> rows = new ArrayList<>();
        List<SentencePair> swapped = new ArrayList<>();
        for (int c = start; c < Math.min(candidates.size(), start + batch); c++) {
          String a = input(articles.get(candidates.get(c)[0]));
          String b = input(articles.get(candidates.get(c)[1]));
          rows.add(new SentencePair("c" + c, a, b, false));
          swapped.add(new SentencePair("c" + c, b, a, false));
        }
        double[] p = runtime.probabilities(CrossEncoder.batch(tokenizer, rows));
        double[] q = symmetric ? runtime.probabilities(CrossEncoder.batch(tokenizer, swapped)) : p;
        for (int r = 0; r < p.length; r++) {
          probability[start + r] = (p[r] + q[r]) / 2;
        }
      }
    } catch (ai.onnxruntime.OrtException e) {
      throw new IllegalStateException(e);
    }
    double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    int right = 0;
    for (int c = 0; c < candidates.size(); c++) {
      boolean same =
          gold.get(articles.get(candidates.get(c)[0]).id())
              .equals(gold.get(articles.get(candidates.get(c)[1]).id()));
      right += (probability[c] >= 0.5) == same ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "SCORED %d pairs, cpu-s %.1f (%.1f ms per pair), accuracy at 0.5 %.4f%n",
        candidates.size(),
        seconds,
        1000 * seconds / Math.max(1, candidates.size()),
        right / (double) Math.max(1, candidates.size()));
    if (scoresFile != null) {
      StringBuilder lines = new StringBuilder();
      for (int c = 0; c < candidates.size(); c++) {
        String a = articles.get(candidates.get(c)[0]).id();
        String b = articles.get(candidates.get(c)[1]).id();
        lines.append(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%d\t%.6f%n",
                a,
                b,
                gold.get(a).equals(gold.get(b)) ? 1 : 0,
                probability[c]));
      }
      Files.writeString(scoresFile, lines);
    }
    for (double threshold : thresholds) {
      AverageLinkage linkage = new AverageLinkage(articles.size());
      for (int c = 0; c < candidates.size(); c++) {
        linkage.link(candidates.get(c)[0], candidates.get(c)[1], probability[c]);
      }
      List<List<String>> stories = new ArrayList<>();
      for (List<Integer> group : linkage.run(threshold)) {
        List<String> ids = new ArrayList<>();
        group.forEach(i -> ids.add(articles.get(i).id()));
        stories.add(ids);
      }
      ClusteringScores s = ClusteringScores.of(stories, gold);
      System.out.printf(
          Locale.ROOT,
          "RESULT threshold %.2f P %.4f R %.4f F1 %.4f ARI %.4f found %d gold %d%n",
          threshold,
          s.precision(),
          s.recall(),
          s.f1(),
          s.adjustedRand(),
          s.found(),
          s.gold());
      if (dump != null && thresholds.size() == 1) {
        StoryEncoderEval.dump(dump, stories, gold);
      }
    }
  }

  /**
   * The product's path: the default {@link IncrementalClusterer} over the lexical candidates, the
   * cross-encoder's symmetric probability as the ambiguous-band signal ({@code [low, 0.6)} or
   * {@code [low, 1]} when low is negative: every candidate pair), at each weight.
   */
  private static void product(
      StoryDataSet set,
      Path model,
      int orders,
      List<Path> also,
      dev.crosscheck.cluster.CandidateRule rule,
      List<Double> lows,
      List<Double> weights,
      Cuts cuts,
      Path dump)
      throws Exception {
    if (model.toString().equals(ORACLE)) {
      // The gold labels as the pair reader: the ceiling of this path (candidates, band, weight,
      // agglomeration) for a model that never errs.
      Map<String, String> gold = set.gold();
      PairSignal perfect = (a, b) -> gold.get(a.id()).equals(gold.get(b.id())) ? 1 : 0;
      grid(set, perfect, () -> 0, rule, lows, weights, cuts, dump);
      return;
    }
    Map<String, Double> cache = new java.util.concurrent.ConcurrentHashMap<>();
    // --also: int8 deltas (Int8Run's .bin) read beside the model; the pair's probability is the
    // mean of all readers' (an ensemble).
    List<dev.crosscheck.similarity.CrossEncoderModel> deltas = new ArrayList<>();
    for (Path file : also) {
      deltas.add(
          dev.crosscheck.similarity.CrossEncoderModel.fromDelta(Files.readAllBytes(file), pieces));
    }
    boolean fp32 = Files.isDirectory(model);
    if (!fp32) {
      deltas.add(
          dev.crosscheck.similarity.CrossEncoderModel.fromDelta(Files.readAllBytes(model), pieces));
    }
    try (PairTokenizer tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), pieces);
        OnnxCrossEncoder runtime = fp32 ? OnnxCrossEncoder.read(model) : null) {
      PairSignal signal =
          (a, b) -> {
            // The texts in a fixed order, so that one order (--orders 1) is the same for (a, b)
            // and (b, a).
            String u = input(a.article());
            String v = input(b.article());
            String x = u.compareTo(v) <= 0 ? u : v;
            String y = x == u ? v : u;
            return cache.computeIfAbsent(
                x + "\u0000" + y,
                k -> {
                  double sum = 0;
                  if (runtime != null) {
                    double p = probability(runtime, tokenizer, x, y);
                    sum += orders == 1 ? p : (p + probability(runtime, tokenizer, y, x)) / 2;
                  }
                  for (var delta : deltas) {
                    sum += 1 / (1 + Math.exp(-delta.logit(x, y)));
                  }
                  return sum / (deltas.size() + (runtime != null ? 1 : 0));
                });
          };
      grid(set, signal, cache::size, rule, lows, weights, cuts, dump);
    }
  }

  private static double probability(
      OnnxCrossEncoder runtime, PairTokenizer tokenizer, String x, String y) {
    return runtime
        .probabilities(CrossEncoder.batch(tokenizer, List.of(new SentencePair("", x, y, false))))[
        0];
  }

  /**
   * The product's clusterer with {@code signal} in the ambiguous band {@code [low, 0.6)} (or {@code
   * [0, 1]} when low is negative) at each low, weight and join threshold.
   */
  private static void grid(
      StoryDataSet set,
      PairSignal signal,
      java.util.function.IntSupplier pairsScored,
      dev.crosscheck.cluster.CandidateRule rule,
      List<Double> lows,
      List<Double> weights,
      Cuts cuts,
      Path dump)
      throws IOException {
    for (double low : lows) {
      for (double weight : weights) {
        LinkScorer scorer =
            new LinkScorer(
                    new LinkScorer(),
                    new PairSignal.Weighted("story", weight, signal),
                    Math.max(0, low),
                    low < 0 ? 1 : LinkScorer.DEFAULT_AMBIGUOUS_HIGH)
                .withCandidates(rule);
        for (double link : cuts.links()) {
          for (double join : cuts.joins()) {
            for (double attach : cuts.attaches()) {
              boolean single = lows.size() * weights.size() * cuts.size() == 1;
              ClusteringScores s =
                  StoryEncoderEval.evaluate(set, scorer, link, join, attach, single ? dump : null);
              System.out.printf(
                  Locale.ROOT,
                  "PRODUCT low %.2f w %.2f link %.2f join %.2f attach %.2f P %.4f R %.4f F1 %.4f ARI %.4f found %d gold %d (pairs scored %d)%n",
                  low,
                  weight,
                  link,
                  join,
                  attach,
                  s.precision(),
                  s.recall(),
                  s.f1(),
                  s.adjustedRand(),
                  s.found(),
                  s.gold(),
                  pairsScored.getAsInt());
            }
          }
        }
      }
    }
  }

  /** The clusterer's thresholds tried: link, join and attach. */
  private record Cuts(List<Double> links, List<Double> joins, List<Double> attaches) {
    int size() {
      return links.size() * joins.size() * attaches.size();
    }
  }

  private static void writePairs(
      List<StoryDataSet> sets,
      int skipPart,
      int negatives,
      boolean bandNegatives,
      dev.crosscheck.similarity.CrossEncoderModel ranker,
      boolean bandPositives,
      int roundups,
      Map<String, Article> roundupTexts,
      Embedder embedder,
      Path out)
      throws IOException {
    Files.createDirectories(out);
    ObjectMapper mapper = new ObjectMapper();
    List<String> pairLines = new ArrayList<>();
    List<String> goldLines = new ArrayList<>();
    int positives = 0;
    int negativeCount = 0;
    for (int p = 0; p < sets.size(); p++) {
      if (p == skipPart) {
        continue;
      }
      StoryDataSet set = sets.get(p);
      List<Article> articles = set.articles();
      Map<String, String> gold = set.gold();
      float[][] vectors = bandNegatives ? null : vectors(articles, embedder);
      double[][] lexical = bandNegatives || bandPositives ? lexicalBand(articles) : null;
      if (ranker != null) {
        rankByModel(articles, gold, lexical, ranker);
      }
      Set<Long> seen = new LinkedHashSet<>();
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          boolean asked = !bandPositives || lexical[i][j] >= 0;
          if (asked && gold.get(articles.get(i).id()).equals(gold.get(articles.get(j).id()))) {
            seen.add(key(i, j));
          }
        }
      }
      positives += seen.size();
      int before = seen.size();
      for (int i = 0; i < articles.size(); i++) {
        String story = gold.get(articles.get(i).id());
        int[] order = bandNegatives ? byScore(lexical[i]) : nearest(vectors, i, vectors.length - 1);
        int taken = 0;
        for (int j : order) {
          if (taken == negatives) {
            break;
          }
          if (!story.equals(gold.get(articles.get(j).id()))) {
            taken++;
            seen.add(key(Math.min(i, j), Math.max(i, j)));
          }
        }
      }
      negativeCount += seen.size() - before;
      if (roundups > 0) {
        // Each article against its story's roundup (an editor's neutral account of the event)
        // and against the roundups of the stories of its hardest non-siblings.
        for (int i = 0; i < articles.size(); i++) {
          Article a = articles.get(i);
          String story = gold.get(a.id());
          Set<String> against = new LinkedHashSet<>();
          int[] order =
              bandNegatives ? byScore(lexical[i]) : nearest(vectors, i, vectors.length - 1);
          for (int j : order) {
            if (against.size() == roundups) {
              break;
            }
            String other = gold.get(articles.get(j).id());
            if (!story.equals(other) && roundupTexts.containsKey(other)) {
              against.add(other);
            }
          }
          List<String> stories = new ArrayList<>();
          if (roundupTexts.containsKey(story)) {
            stories.add(story);
          }
          stories.addAll(against);
          for (String s : stories) {
            boolean same = s.equals(story);
            addPair(
                mapper,
                pairLines,
                goldLines,
                a.id() + "|" + s + "-roundup",
                a,
                roundupTexts.get(s),
                same);
            positives += same ? 1 : 0;
            negativeCount += same ? 0 : 1;
          }
        }
      }
      for (long k : seen) {
        int i = (int) (k >>> 32);
        int j = (int) k;
        Article a = articles.get(i);
        Article b = articles.get(j);
        addPair(
            mapper,
            pairLines,
            goldLines,
            a.id() + "|" + b.id(),
            a,
            b,
            gold.get(a.id()).equals(gold.get(b.id())));
      }
    }
    Files.write(out.resolve("pairs.jsonl"), pairLines);
    Files.write(out.resolve("gold.tsv"), goldLines);
    System.out.printf(
        Locale.ROOT, "PAIRS %s positives %d negatives %d%n", out, positives, negativeCount);
  }

  /**
   * One training pair: its line of pairs.jsonl (the two texts as the clusterer keeps them) and
   * gold.
   */
  private static void addPair(
      ObjectMapper mapper,
      List<String> pairLines,
      List<String> goldLines,
      String id,
      Article a,
      Article b,
      boolean same)
      throws IOException {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", id);
    node.putObject("a").put("text", input(a));
    node.putObject("b").put("text", input(b));
    pairLines.add(mapper.writeValueAsString(node));
    goldLines.add(id + "\t" + (same ? 1 : 0));
  }

  /** The set's {@code summaries.jsonl} (AllSides' roundups) as articles, by story. */
  private static Map<String, Article> roundups(Path data) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Article> byStory = new HashMap<>();
    for (String line : Files.readAllLines(data.resolve("summaries.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      var node = mapper.readTree(line);
      String story = node.get("story").asText();
      byStory.put(
          story,
          new Article(
              story + "-roundup",
              "summaries.jsonl",
              node.path("title").asText(""),
              null,
              null,
              null,
              null,
              "en",
              node.path("summary").asText("")));
    }
    return byStory;
  }

  /**
   * The lexical score of every two articles when it lies in the story model's band ({@code [low,
   * 0.6)}: the pairs the clusterer asks the model about), else -1.
   */
  private static double[][] lexicalBand(List<Article> articles) {
    FeatureExtractor extractor = new FeatureExtractor(LocalDate.of(2026, 1, 1));
    List<ArticleFeatures> features = articles.stream().map(extractor::extract).toList();
    LinkScorer words = new LinkScorer();
    double[][] scores = new double[articles.size()][articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      scores[i][i] = -1;
      for (int j = i + 1; j < articles.size(); j++) {
        double s = words.lexicalScore(features.get(i), features.get(j));
        boolean inBand =
            s >= LinkScorer.DEFAULT_STORY_MODEL_LOW && s < LinkScorer.DEFAULT_AMBIGUOUS_HIGH;
        scores[i][j] = inBand ? s : -1;
        scores[j][i] = scores[i][j];
      }
    }
    return scores;
  }

  /**
   * Replaces the band score of every two non-siblings by {@code ranker}'s probability that they
   * report one event (both orders), so that an article's hardest negatives are the model's own most
   * confident "same" (hard-negative mining); pairs out of the band stay -1.
   */
  private static void rankByModel(
      List<Article> articles,
      Map<String, String> gold,
      double[][] scores,
      dev.crosscheck.similarity.CrossEncoderModel ranker) {
    List<String> texts = articles.stream().map(StoryCrossEncoderEval::input).toList();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        boolean siblings = gold.get(articles.get(i).id()).equals(gold.get(articles.get(j).id()));
        if (scores[i][j] >= 0 && !siblings) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    pairs.parallelStream()
        .forEach(
            pair -> {
              double logit = ranker.logit(texts.get(pair[0]), texts.get(pair[1]));
              double p = 1 / (1 + Math.exp(-logit));
              scores[pair[0]][pair[1]] = p;
              scores[pair[1]][pair[0]] = p;
            });
    System.err.printf(Locale.ROOT, "ranked %d band non-sibling pairs by the model%n", pairs.size());
  }

  /** Indexes of the scores at least 0, highest first (ties by index). */
  private static int[] byScore(double[] scores) {
    return java.util.stream.IntStream.range(0, scores.length)
        .filter(j -> scores[j] >= 0)
        .boxed()
        .sorted((x, y) -> scores[x] != scores[y] ? Double.compare(scores[y], scores[x]) : x - y)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static float[][] vectors(List<Article> articles, Embedder embedder) {
    float[][] vectors = new float[articles.size()][];
    for (int i = 0; i < articles.size(); i++) {
      vectors[i] = embedder.embed(EmbeddingSignal.input(articles.get(i)));
    }
    return vectors;
  }

  /** Each article's {@code k} nearest others by cosine, as pairs (i < j), each pair once. */
  private static List<int[]> candidates(float[][] vectors, int k) {
    Set<Long> keys = new LinkedHashSet<>();
    for (int i = 0; i < vectors.length; i++) {
      int[] order = nearest(vectors, i, k);
      for (int j : order) {
        keys.add(key(Math.min(i, j), Math.max(i, j)));
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (long key : keys) {
      pairs.add(new int[] {(int) (key >>> 32), (int) key});
    }
    return pairs;
  }

  /** The indices of the {@code k} nearest others of {@code i}, nearest first (ties by index). */
  private static int[] nearest(float[][] vectors, int i, int k) {
    List<Integer> others = new ArrayList<>();
    Map<Integer, Double> cosine = new HashMap<>();
    for (int j = 0; j < vectors.length; j++) {
      if (j != i) {
        others.add(j);
        cosine.put(j, Embedder.cosine(vectors[i], vectors[j]));
      }
    }
    others.sort(
        (x, y) -> {
          int c = Double.compare(cosine.get(y), cosine.get(x));
          return c != 0 ? c : Integer.compare(x, y);
        });
    return others.subList(0, Math.min(k, others.size())).stream()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static long key(int i, int j) {
    return ((long) i << 32) | (j & 0xffffffffL);
  }
}
