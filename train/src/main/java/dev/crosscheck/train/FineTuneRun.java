package dev.crosscheck.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The fine-tuning experiment from the command line: reads a pair set, holds out a seeded 20%,
 * fine-tunes a MiniLM cross-encoder on (a prefix of) the rest and prints the held-out accuracy and
 * F1 as training goes.
 *
 * <pre>
 * java -cp ... dev.crosscheck.train.FineTuneRun --data DIR [--train-pairs N] [--epochs E]
 *     [--lr X] [--batch B] [--eval-every N] [--out DIR] [--split-seed S | --folds K --fold I | --all]
 *     [--swap-orders] [--base minilm-l6|bge-small] [--pieces N]
 * java -cp ... dev.crosscheck.train.FineTuneRun --data DIR --write-split DIR
 * java -cp ... dev.crosscheck.train.FineTuneRun --data DIR --score DIR
 * </pre>
 *
 * <p>{@code --write-split} only writes the split's two parts as pair sets and exits; {@code
 * --score} scores the held-out part with what {@code --out} wrote, in ONNX Runtime only. {@code
 * --folds K --fold I} holds out fold I of the judge's K-fold cross-validation deal ({@code eval
 * pairs --cv}) instead of a seeded 20%; {@code --all} trains on every pair and holds none out (the
 * model to ship); {@code --swap-orders} reads each pair in a random order of its sentences each
 * epoch; {@code --base} names the encoder tuned ({@link BaseEncoder}, MiniLM-L6 by default); {@code
 * --pieces} caps a pair's word pieces ({@link PairTokenizer#DEFAULT_MAX_PIECES} by default).
 */
public final class FineTuneRun {
  private FineTuneRun() {}

  /** Runs the experiment; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    TrainEnvironment.configure();
    Path data = null;
    Path out = null;
    Path writeSplit = null;
    Path score = null;
    long splitSeed = HeldOutSplit.DEFAULT_SEED;
    int folds = 0;
    int fold = -1;
    boolean all = false;
    boolean swap = false;
    int trainPairs = Integer.MAX_VALUE;
    int evalEvery = 800;
    FineTuneSettings d = FineTuneSettings.DEFAULTS;
    int epochs = d.epochs();
    int batch = d.batchSize();
    float lr = d.learningRate();
    BaseEncoder base = BaseEncoder.MINILM_L6;
    int pieces = PairTokenizer.DEFAULT_MAX_PIECES;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--all")) {
        all = true;
        i--;
        continue;
      }
      if (args[i].equals("--swap-orders")) {
        swap = true;
        i--;
        continue;
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--data" -> data = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--write-split" -> writeSplit = Path.of(value);
        case "--score" -> score = Path.of(value);
        case "--split-seed" -> splitSeed = Long.parseLong(value);
        case "--folds" -> folds = Integer.parseInt(value);
        case "--fold" -> fold = Integer.parseInt(value);
        case "--train-pairs" -> trainPairs = Integer.parseInt(value);
        case "--eval-every" -> evalEvery = Integer.parseInt(value);
        case "--epochs" -> epochs = Integer.parseInt(value);
        case "--batch" -> batch = Integer.parseInt(value);
        case "--lr" -> lr = Float.parseFloat(value);
        case "--base" -> base = BaseEncoder.named(value);
        case "--pieces" -> pieces = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    if ((folds > 0) != (fold >= 0)) {
      throw new IllegalArgumentException("--folds K and --fold I go together");
    }
    if (all && folds > 0) {
      throw new IllegalArgumentException("--all holds nothing out: it excludes --folds");
    }
    HeldOutSplit split =
        all
            ? new HeldOutSplit(new PairFileReader().read(data), List.of())
            : folds > 0 ? fold(data, folds, fold) : split(data, splitSeed);
    if (score != null) {
      score(split, score, pieces, System.out);
      return;
    }
    if (writeSplit != null) {
      new SplitWriter().write(split, data, writeSplit);
      return;
    }
    FineTuneSettings settings =
        new FineTuneSettings(
            batch,
            lr,
            d.weightDecay(),
            epochs,
            d.warmup(),
            d.seed(),
            d.trainWordEmbeddings(),
            swap);
    run(split, base, pieces, out, trainPairs, evalEvery, settings, System.out);
  }

  static void run(
      HeldOutSplit split,
      BaseEncoder base,
      int pieces,
      Path out,
      int trainPairs,
      int evalEvery,
      FineTuneSettings settings,
      PrintStream log)
      throws IOException {
    List<SentencePair> train = split.train().subList(0, Math.min(trainPairs, split.train().size()));
    log.printf(
        Locale.ROOT,
        "train %d pairs, held out %d, %s%n",
        train.size(),
        split.heldOut().size(),
        settings);
    OnnxModelFile onnx = OnnxModelFile.parse(base.model());
    try (NDManager manager = NDManager.newBaseManager();
        PairTokenizer tokenizer = PairTokenizer.of(base.tokenizer(), pieces)) {
      BertEncoder encoder =
          BertEncoder.load(BertWeights.read(onnx), manager, BertEncoder.DEFAULT_HEADS);
      CrossEncoder model = CrossEncoder.start(encoder, manager, Pooling.MEAN, settings.seed());
      double[] cpu = {0};
      int[] nextEval = {evalEvery};
      if (evalEvery < train.size() * settings.epochs()) {
        evaluate(model, tokenizer, split.heldOut(), manager, 0, 0, log);
      }
      new FineTuner(model, tokenizer, settings)
          .train(
              train,
              manager,
              step -> {
                cpu[0] += step.cpuSeconds();
                if (step.step() % 10 == 0) {
                  log.printf(
                      Locale.ROOT,
                      "step %d pairs %d loss %.4f cpu %.2fs wall %.2fs%n",
                      step.step(),
                      step.pairsSeen(),
                      step.loss(),
                      step.cpuSeconds(),
                      step.wallSeconds());
                }
                if (step.pairsSeen() >= nextEval[0]) {
                  nextEval[0] += evalEvery;
                  evaluate(
                      model, tokenizer, split.heldOut(), manager, step.pairsSeen(), cpu[0], log);
                }
              });
      double[] probabilities = model.probabilities(split.heldOut(), tokenizer, 32, manager);
      BinaryScores last = BinaryScores.of(split.heldOut(), probabilities);
      log.printf(
          Locale.ROOT,
          "EVAL pairs-trained -1 held-out %d accuracy %.4f f1 %.4f train-cpu %.0fs%n",
          last.count(),
          last.accuracy(),
          last.f1(),
          cpu[0]);
      if (out != null) {
        Files.createDirectories(out);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
          SentencePair pair = split.heldOut().get(i);
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%s\t%d\t%.6f",
                  pair.id(),
                  pair.positive() ? 1 : 0,
                  probabilities[i]));
        }
        Files.write(out.resolve("held-out-probabilities.tsv"), lines);
        new CrossEncoderWriter().write(model, onnx, out);
        log.printf(Locale.ROOT, "wrote %s (held-out accuracy %.4f)%n", out, last.accuracy());
      }
    }
  }

  /**
   * Scores the held-out pairs with the model written into {@code model} by ONNX Runtime alone, one
   * pair per run as a product would, and prints accuracy, F1 and CPU seconds per pair.
   */
  static void score(HeldOutSplit split, Path model, int pieces, PrintStream log)
      throws IOException {
    List<SentencePair> heldOut = split.heldOut();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    try (PairTokenizer tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), pieces);
        OnnxCrossEncoder runtime = OnnxCrossEncoder.read(model)) {
      double[] probabilities = new double[heldOut.size()];
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < heldOut.size(); i++) {
        probabilities[i] =
            runtime.probabilities(CrossEncoder.batch(tokenizer, heldOut.subList(i, i + 1)))[0];
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      BinaryScores scores = BinaryScores.of(heldOut, probabilities);
      log.printf(
          Locale.ROOT,
          "ONNX Runtime held-out %d accuracy %.4f f1 %.4f cpu %.1fs (%.1f ms per pair)%n",
          scores.count(),
          scores.accuracy(),
          scores.f1(),
          seconds,
          1000 * seconds / heldOut.size());
    } catch (ai.onnxruntime.OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HeldOutSplit split(Path data, long seed) throws IOException {
    return HeldOutSplit.of(new PairFileReader().read(data), HeldOutSplit.DEFAULT_FRACTION, seed);
  }

  private static HeldOutSplit fold(Path data, int folds, int fold) throws IOException {
    List<SentencePair> pairs = new PairFileReader().read(data);
    System.out.printf(
        Locale.ROOT,
        "fold %d of %d over %d pairs (seed %d)%n",
        fold,
        folds,
        pairs.size(),
        HeldOutSplit.DEFAULT_FOLD_SEED);
    return HeldOutSplit.fold(pairs, folds, fold, HeldOutSplit.DEFAULT_FOLD_SEED);
  }

  private static BinaryScores evaluate(
      CrossEncoder model,
      PairTokenizer tokenizer,
      List<SentencePair> heldOut,
      NDManager manager,
      int pairsSeen,
      double trainCpu,
      PrintStream log) {
    long start = System.nanoTime();
    BinaryScores scores =
        BinaryScores.of(heldOut, model.probabilities(heldOut, tokenizer, 32, manager));
    log.printf(
        Locale.ROOT,
        "EVAL pairs-trained %d held-out %d accuracy %.4f f1 %.4f train-cpu %.0fs eval-wall %.0fs%n",
        pairsSeen,
        scores.count(),
        scores.accuracy(),
        scores.f1(),
        trainCpu,
        (System.nanoTime() - start) / 1e9);
    return scores;
  }
}
