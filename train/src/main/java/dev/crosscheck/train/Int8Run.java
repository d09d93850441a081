package dev.crosscheck.train;

import dev.crosscheck.similarity.CrossEncoderDelta;
import dev.crosscheck.similarity.CrossEncoderModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns fine-tuned fp32 cross-encoders into what the product ships and scores with: an int8 delta
 * over the quantized export of the encoder tuned ({@link Int8Quantizer}, {@link CrossEncoderDelta};
 * {@code --base} as in {@link FineTuneRun}, MiniLM-L6 by default), run by the engine's {@link
 * CrossEncoderModel}.
 *
 * <pre>
 * java -cp ... dev.crosscheck.train.Int8Run --model DIR --delta FILE [--base minilm-l6|bge-small]
 * java -cp ... dev.crosscheck.train.Int8Run --data DIR --folds-dir DIR --folds 0,1,2,3,4 --oof FILE
 * </pre>
 *
 * <p>{@code --model} reads what {@code FineTuneRun --out} wrote ({@code cross-encoder.onnx}, {@code
 * head.txt}) and writes the delta. {@code --oof} quantizes each fold's model ({@code DIR/foldK}),
 * scores the pairs that fold held out (the ids in its {@code held-out-probabilities.tsv}) with the
 * int8 model, and writes {@code id TAB fold TAB logit} (the symmetric logit) for every pair scored,
 * in the data set's order; it prints each fold's held-out accuracy for fp32 in one order (from the
 * file), int8 in one order and int8 symmetric.
 */
public final class Int8Run {
  private Int8Run() {}

  /** Runs; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (options.containsKey("--model") && options.containsKey("--delta")) {
      BaseEncoder base =
          options.containsKey("--base")
              ? BaseEncoder.named(options.get("--base"))
              : BaseEncoder.MINILM_L6;
      CrossEncoderDelta delta = delta(Path.of(options.get("--model")), base);
      try (OutputStream out = Files.newOutputStream(Path.of(options.get("--delta")))) {
        delta.write(out);
      }
      System.out.printf(
          Locale.ROOT, "wrote %s: %d tensors%n", options.get("--delta"), delta.tensors().size());
    } else if (options.containsKey("--oof")) {
      List<Integer> folds = new ArrayList<>();
      for (String f : options.getOrDefault("--folds", "0,1,2,3,4").split(",")) {
        folds.add(Integer.parseInt(f.trim()));
      }
      oof(
          Path.of(options.get("--data")),
          Path.of(options.get("--folds-dir")),
          folds,
          Path.of(options.get("--oof")),
          System.out);
    } else {
      throw new IllegalArgumentException(
          "usage: --model DIR --delta FILE [--base minilm-l6|bge-small] | --data DIR --folds-dir DIR [--folds 0,1,..] --oof FILE");
    }
  }

  /**
   * The delta of the model fine-tuned from {@code encoder} in {@code dir} over its quantized form.
   */
  static CrossEncoderDelta delta(Path dir, BaseEncoder encoder) throws IOException {
    byte[] base = encoder.quantized();
    OnnxModelFile fp32 =
        OnnxModelFile.parse(Files.readAllBytes(dir.resolve(CrossEncoderWriter.MODEL_FILE)));
    List<String> head = Files.readAllLines(dir.resolve(CrossEncoderWriter.HEAD_FILE));
    float[] weights = new float[head.size() - 1];
    for (int i = 1; i < head.size(); i++) {
      weights[i - 1] = Float.parseFloat(head.get(i));
    }
    return new CrossEncoderDelta(
        base.length,
        CrossEncoderDelta.crc32(base),
        new Int8Quantizer(base).delta(fp32),
        Float.parseFloat(head.get(0)),
        weights);
  }

  static void oof(Path data, Path foldsDir, List<Integer> folds, Path oofFile, PrintStream log)
      throws IOException {
    List<SentencePair> pairs = new PairFileReader().read(data);
    Map<String, SentencePair> byId = new HashMap<>();
    Map<String, Integer> row = new HashMap<>();
    for (SentencePair p : pairs) {
      byId.put(p.id(), p);
      row.put(p.id(), row.size());
    }
    Map<String, String> lines = new TreeMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int fold : folds) {
      Path dir = foldsDir.resolve("fold" + fold);
      List<String> heldOut = Files.readAllLines(dir.resolve("held-out-probabilities.tsv"));
      Set<String> expected = new LinkedHashSet<>();
      for (SentencePair p :
          HeldOutSplit.fold(pairs, 5, fold, HeldOutSplit.DEFAULT_FOLD_SEED).heldOut()) {
        expected.add(p.id());
      }
      CrossEncoderModel model = CrossEncoderModel.of(delta(dir, BaseEncoder.MINILM_L6));
      int fp32Right = 0;
      int inOrderRight = 0;
      int symmetricRight = 0;
      long cpu = 0;
      Set<String> seen = new LinkedHashSet<>();
      for (String line : heldOut) {
        String[] cells = line.split("\t");
        SentencePair pair = byId.get(cells[0]);
        if (pair == null || !expected.contains(pair.id())) {
          throw new IllegalStateException(
              "pair " + cells[0] + " of fold " + fold + " is not in that fold of " + data);
        }
        seen.add(pair.id());
        fp32Right += (Double.parseDouble(cells[2]) >= 0.5) == pair.positive() ? 1 : 0;
        inOrderRight +=
            (model.logitInOrder(pair.first(), pair.second()) >= 0) == pair.positive() ? 1 : 0;
        long start = threads.getCurrentThreadCpuTime();
        double logit = model.logit(pair.first(), pair.second());
        cpu += threads.getCurrentThreadCpuTime() - start;
        symmetricRight += (logit >= 0) == pair.positive() ? 1 : 0;
        lines.put(
            String.format(Locale.ROOT, "%08d", row.get(pair.id())),
            String.format(Locale.ROOT, "%s\t%d\t%.6f", pair.id(), fold, logit));
      }
      if (!seen.equals(expected)) {
        throw new IllegalStateException(
            "fold "
                + fold
                + " scored "
                + seen.size()
                + " pairs, the deal holds "
                + expected.size());
      }
      int n = heldOut.size();
      log.printf(
          Locale.ROOT,
          "fold %d held-out %d fp32-one-order %.4f int8-one-order %.4f int8-symmetric %.4f"
              + " cpu %.2f ms per pair (symmetric)%n",
          fold,
          n,
          (double) fp32Right / n,
          (double) inOrderRight / n,
          (double) symmetricRight / n,
          cpu / 1e6 / n);
    }
    Files.write(oofFile, new ArrayList<>(lines.values()));
    log.printf(Locale.ROOT, "wrote %s: %d pairs%n", oofFile, lines.size());
  }
}
