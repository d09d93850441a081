package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few steps on a toy set: the loss falls, and ONNX Runtime runs the tuned weights. */
class FineTunerTest {
  static final List<String> SENTENCES =
      List.of(
          "The company reported higher profits this quarter.",
          "Heavy rain flooded the streets of the old town.",
          "The minister resigned after the vote.",
          "Scientists found water on a distant moon.",
          "The team won the final in extra time.",
          "Prices of bread rose again in March.",
          "A new bridge opened across the river.",
          "The court rejected the appeal on Monday.");

  static NDManager manager;
  static PairTokenizer tokenizer;
  static OnnxModelFile onnx;
  static CrossEncoder model;
  static List<SentencePair> toy;
  static double lossBefore;
  static List<Double> losses = new ArrayList<>();

  @BeforeAll
  static void train() {
    TrainEnvironment.configure();
    manager = NDManager.newBaseManager();
    tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), 64);
    onnx = OnnxModelFile.parse(BaseEncoder.MINILM_L6.model());
    BertEncoder encoder =
        BertEncoder.load(BertWeights.read(onnx), manager, BertEncoder.DEFAULT_HEADS);
    model = CrossEncoder.start(encoder, manager, Pooling.MEAN, 1);
    toy = toySet(new Random(11));
    lossBefore = meanLoss(model.probabilities(toy, tokenizer, 8, manager));
    FineTuneSettings settings = new FineTuneSettings(8, 2e-4f, 0.01f, 4, 0.0, 2, false);
    new FineTuner(model, tokenizer, settings).train(toy, manager, s -> losses.add(s.loss()));
  }

  @AfterAll
  static void close() {
    tokenizer.close();
    manager.close();
  }

  /** Positives: a sentence and itself; negatives: two different sentences. */
  static List<SentencePair> toySet(Random random) {
    List<SentencePair> pairs = new ArrayList<>();
    for (int i = 0; i < SENTENCES.size(); i++) {
      String s = SENTENCES.get(i);
      String other = SENTENCES.get((i + 1 + random.nextInt(SENTENCES.size() - 1)) % 8);
      pairs.add(new SentencePair("p" + i, s, s, true));
      pairs.add(new SentencePair("n" + i, s, other, false));
    }
    return pairs;
  }

  static double meanLoss(double[] probabilities) {
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = toy.get(i).positive() ? probabilities[i] : 1 - probabilities[i];
      sum -= Math.log(Math.max(p, 1e-12));
    }
    return sum / probabilities.length;
  }

  @Test
  void theLossFalls() {
    assertThat(losses).hasSize(8);
    double after = meanLoss(model.probabilities(toy, tokenizer, 8, manager));
    assertThat(after).isLessThan(lossBefore * 0.5);
    assertThat(BinaryScores.of(toy, model.probabilities(toy, tokenizer, 8, manager)).accuracy())
        .isEqualTo(1.0);
  }

  @Test
  void onnxRuntimeRunsTheTunedWeights() throws Exception {
    byte[] tuned = CrossEncoderWriter.onnxBytes(model.encoder(), onnx);
    assertThat(tuned)
        .hasSameSizeAs(BaseEncoder.MINILM_L6.model())
        .isNotEqualTo(BaseEncoder.MINILM_L6.model());
    float bias = model.parameters().get("head.bias").toFloatArray()[0];
    float[] weights = model.parameters().get("head.weight").toFloatArray();
    double[] ours = model.probabilities(toy, tokenizer, 16, manager);
    try (OnnxCrossEncoder runtime = new OnnxCrossEncoder(tuned, bias, weights)) {
      double[] theirs = runtime.probabilities(CrossEncoder.batch(tokenizer, toy));
      for (int i = 0; i < ours.length; i++) {
        assertThat(theirs[i]).isCloseTo(ours[i], within(1e-4));
      }
    }
  }

  @Test
  void writtenModelReadsBack(@TempDir Path dir) throws Exception {
    new CrossEncoderWriter().write(model, onnx, dir);
    double[] ours = model.probabilities(toy, tokenizer, 16, manager);
    try (OnnxCrossEncoder runtime = OnnxCrossEncoder.read(dir)) {
      double[] theirs = runtime.probabilities(CrossEncoder.batch(tokenizer, toy));
      for (int i = 0; i < ours.length; i++) {
        assertThat(theirs[i]).isCloseTo(ours[i], within(1e-4));
      }
    }
  }

  @Test
  void bceMatchesItsDefinition() {
    try (NDManager scope = manager.newSubManager()) {
      float value =
          FineTuner.binaryCrossEntropy(
                  scope.create(new float[] {2f, -1f}), scope.create(new float[] {1f, 1f}))
              .getFloat();
      double expected = (Math.log(1 + Math.exp(-2)) + Math.log(1 + Math.exp(1))) / 2;
      assertThat((double) value).isCloseTo(expected, within(1e-5));
    }
  }
}
