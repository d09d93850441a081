package dev.crosscheck.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The story-encoder experiment from the command line: fine-tunes MiniLM as a bi-encoder on the gold
 * stories of every part of an inputs file but the held-out one ({@link StoryPairs}) and writes the
 * tuned weights into the fp32 ONNX file.
 *
 * <pre>
 * java -cp ... dev.crosscheck.train.StoryTuneRun --inputs FILE [--held-out-part P] [--batch B]
 *     [--lr X] [--scale S] [--steps N] [--save-every N] [--seed S] [--out DIR]
 * </pre>
 *
 * <p>{@code --steps} cuts the epoch (the learning-rate schedule spans the steps run). {@code --out}
 * gets {@code model/all-minilm-l6-v2-q.onnx}: the fp32 graph with the tuned weights, under the name
 * the engine's {@code Embedder} looks up on the class path, so that putting {@code DIR/model} first
 * on the class path makes the product's embedding code run the tuned encoder unchanged.
 */
public final class StoryTuneRun {
  /** The resource name the engine's embedder loads. */
  public static final String ENGINE_MODEL_NAME = "all-minilm-l6-v2-q.onnx";

  /** Batch 32 pairs, peak 5e-5, decay 0.01, 1 epoch, 10% warm-up, seed 1, word pieces frozen. */
  public static final FineTuneSettings DEFAULTS =
      new FineTuneSettings(32, 5e-5f, 0.01f, 1, 0.1, 1L, false);

  private StoryTuneRun() {}

  /** Runs the experiment; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    TrainEnvironment.configure();
    Path inputs = null;
    Path out = null;
    int heldOut = 0;
    int steps = Integer.MAX_VALUE;
    int saveEvery = Integer.MAX_VALUE;
    float scale = BiEncoderTuner.DEFAULT_SCALE;
    FineTuneSettings d = DEFAULTS;
    int batch = d.batchSize();
    float lr = d.learningRate();
    long seed = d.seed();
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--inputs" -> inputs = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--held-out-part" -> heldOut = Integer.parseInt(value);
        case "--steps" -> steps = Integer.parseInt(value);
        case "--save-every" -> saveEvery = Integer.parseInt(value);
        case "--batch" -> batch = Integer.parseInt(value);
        case "--lr" -> lr = Float.parseFloat(value);
        case "--scale" -> scale = Float.parseFloat(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (inputs == null) {
      throw new IllegalArgumentException("--inputs FILE is required");
    }
    FineTuneSettings settings =
        new FineTuneSettings(
            batch, lr, d.weightDecay(), d.epochs(), d.warmup(), seed, d.trainWordEmbeddings());
    run(inputs, heldOut, settings, scale, steps, saveEvery, out, System.out);
  }

  static void run(
      Path inputs,
      int heldOut,
      FineTuneSettings settings,
      float scale,
      int steps,
      int saveEvery,
      Path out,
      PrintStream log)
      throws IOException {
    List<StoryPairs.StoryText> training = new ArrayList<>();
    int heldOutTexts = 0;
    for (StoryPairs.StoryText t : StoryPairs.read(inputs)) {
      if (t.part() == heldOut) {
        heldOutTexts++;
      } else {
        training.add(t);
      }
    }
    List<StoryPairs.Pair> pairs = StoryPairs.positives(training);
    List<List<StoryPairs.Pair>> batches =
        StoryPairs.batches(pairs, settings.batchSize(), new Random(settings.seed()));
    int run = Math.min(steps, batches.size());
    long stories = training.stream().map(StoryPairs.StoryText::story).distinct().count();
    log.printf(
        Locale.ROOT,
        "DATA training texts %d stories %d pairs %d batches %d (epoch); held-out part %d: %d texts;"
            + " steps run %d (%.3f epoch) %s scale %.1f%n",
        training.size(),
        stories,
        pairs.size(),
        batches.size(),
        heldOut,
        heldOutTexts,
        run,
        run / (double) batches.size(),
        settings,
        scale);
    byte[] onnxBytes = BaseEncoder.MINILM_L6.model();
    OnnxModelFile onnx = OnnxModelFile.parse(onnxBytes);
    try (NDManager manager = NDManager.newBaseManager();
        PairTokenizer tokenizer =
            PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), PairTokenizer.DEFAULT_MAX_PIECES)) {
      BiEncoder model =
          new BiEncoder(
              BertEncoder.load(BertWeights.read(onnx), manager, BertEncoder.DEFAULT_HEADS),
              Pooling.MEAN);
      double[] cpu = {0};
      new BiEncoderTuner(model, tokenizer, settings, scale)
          .train(
              batches,
              run,
              manager,
              s -> {
                cpu[0] += s.cpuSeconds();
                log.printf(
                    Locale.ROOT,
                    "STEP %d pairs %d loss %.4f cpu %.2f wall %.2f total-cpu %.1f%n",
                    s.step(),
                    s.pairsSeen(),
                    s.loss(),
                    s.cpuSeconds(),
                    s.wallSeconds(),
                    cpu[0]);
                log.flush();
                if (out != null && s.step() % saveEvery == 0 && s.step() < run) {
                  save(model, onnx, out.resolve("step-" + s.step()), log);
                }
              });
      if (out != null) {
        save(model, onnx, out, log);
      }
      log.printf(Locale.ROOT, "DONE steps %d training-cpu-s %.1f%n", run, cpu[0]);
    }
  }

  private static void save(BiEncoder model, OnnxModelFile onnx, Path dir, PrintStream log) {
    try {
      Path modelDir = Files.createDirectories(dir.resolve("model"));
      Files.write(
          modelDir.resolve(ENGINE_MODEL_NAME), CrossEncoderWriter.onnxBytes(model.encoder(), onnx));
      log.println("SAVED " + modelDir.resolve(ENGINE_MODEL_NAME));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
