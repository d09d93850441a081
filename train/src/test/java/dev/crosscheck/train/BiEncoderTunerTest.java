package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few steps on toy stories: siblings come closer, and ONNX Runtime embeds as our forward does.
 */
class BiEncoderTunerTest {
  static final List<StoryPairs.Pair> TOY =
      List.of(
          new StoryPairs.Pair(
              "a", "Heavy rain flooded the old town.", "Storm leaves streets under water."),
          new StoryPairs.Pair(
              "b", "The court rejected the appeal.", "Judges turn down the challenge."),
          new StoryPairs.Pair(
              "c", "Bread prices rose again in March.", "Bakeries charge more this spring."),
          new StoryPairs.Pair(
              "d", "The team won the final.", "Champions crowned after extra time."));

  static NDManager manager;
  static PairTokenizer tokenizer;
  static OnnxModelFile onnx;
  static BiEncoder model;
  static double marginBefore;
  static List<Double> losses = new ArrayList<>();

  @BeforeAll
  static void train() {
    TrainEnvironment.configure();
    manager = NDManager.newBaseManager();
    tokenizer = PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), 64);
    onnx = OnnxModelFile.parse(BaseEncoder.MINILM_L6.model());
    model =
        new BiEncoder(
            BertEncoder.load(BertWeights.read(onnx), manager, BertEncoder.DEFAULT_HEADS),
            Pooling.MEAN);
    marginBefore = margin();
    FineTuneSettings settings = new FineTuneSettings(4, 1e-4f, 0.01f, 1, 0.0, 1, false);
    List<List<StoryPairs.Pair>> batches = List.of(TOY, TOY, TOY, TOY, TOY, TOY);
    new BiEncoderTuner(model, tokenizer, settings, BiEncoderTuner.DEFAULT_SCALE)
        .train(batches, batches.size(), manager, s -> losses.add(s.loss()));
  }

  @AfterAll
  static void close() {
    tokenizer.close();
    manager.close();
  }

  /** Mean cosine of siblings minus mean cosine of the other pairings. */
  static double margin() {
    List<String> first = TOY.stream().map(StoryPairs.Pair::first).toList();
    List<String> second = TOY.stream().map(StoryPairs.Pair::second).toList();
    float[][] a = model.embed(first, tokenizer, manager);
    float[][] b = model.embed(second, tokenizer, manager);
    double same = 0;
    double other = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        double c = dot(a[i], b[j]);
        if (i == j) {
          same += c / a.length;
        } else {
          other += c / (a.length * (a.length - 1));
        }
      }
    }
    return same - other;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }

  @Test
  void siblingsComeCloserThanStrangers() {
    assertThat(losses).hasSize(6).allSatisfy(l -> assertThat(l).isFinite());
    assertThat(losses.get(5)).isLessThan(losses.get(0));
    assertThat(margin()).isGreaterThan(marginBefore);
  }

  @Test
  void embeddingsAreUnitRows() {
    float[][] rows =
        model.embed(List.of("One text.", "Another, longer text here."), tokenizer, manager);
    assertThat(rows).hasNumberOfRows(2);
    for (float[] row : rows) {
      assertThat(row).hasSize(384);
      assertThat(dot(row, row)).isCloseTo(1.0, within(1e-5));
    }
    assertThat(model.embed(List.of(), tokenizer, manager)).isEmpty();
  }

  @Test
  void lossMatchesItsDefinition() {
    try (NDManager scope = manager.newSubManager()) {
      // a_0 = (1, 0), a_1 = (0, 1); b_0 = (0.6, 0.8), b_1 = (0, 1); scale 2.
      float[] rows = {1, 0, 0, 1, 0.6f, 0.8f, 0, 1};
      double value =
          BiEncoderTuner.loss(scope.create(rows, new ai.djl.ndarray.types.Shape(4, 2)), 2, 2f)
              .getFloat();
      double[][] s = {{1.2, 0}, {1.6, 2}};
      double rowLoss =
          -(s[0][0] - Math.log(Math.exp(s[0][0]) + Math.exp(s[0][1])))
              - (s[1][1] - Math.log(Math.exp(s[1][0]) + Math.exp(s[1][1])));
      double columnLoss =
          -(s[0][0] - Math.log(Math.exp(s[0][0]) + Math.exp(s[1][0])))
              - (s[1][1] - Math.log(Math.exp(s[0][1]) + Math.exp(s[1][1])));
      assertThat(value).isCloseTo((rowLoss + columnLoss) / 4, within(1e-5));
    }
  }

  @Test
  void onnxRuntimeEmbedsTheTunedWeightsAsWeDo() throws Exception {
    byte[] tuned = CrossEncoderWriter.onnxBytes(model.encoder(), onnx);
    assertThat(tuned)
        .hasSameSizeAs(BaseEncoder.MINILM_L6.model())
        .isNotEqualTo(BaseEncoder.MINILM_L6.model());
    String text = "Heavy rain flooded the old town.";
    float[] ours = model.embed(List.of(text), tokenizer, manager)[0];
    TokenBatch batch = tokenizer.texts(List.of(text));
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession session = environment.createSession(tuned, new OrtSession.SessionOptions());
        OnnxTensor ids = OnnxTensor.createTensor(environment, batch.ids());
        OnnxTensor mask = OnnxTensor.createTensor(environment, batch.mask());
        OnnxTensor types = OnnxTensor.createTensor(environment, batch.types());
        OrtSession.Result result =
            session.run(
                Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
      float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
      float[] mean = new float[hidden[0].length];
      for (float[] token : hidden) {
        for (int d = 0; d < mean.length; d++) {
          mean[d] += token[d] / hidden.length;
        }
      }
      double norm = Math.sqrt(dot(mean, mean));
      assertThat(dot(ours, mean) / norm).isGreaterThan(0.9999);
    }
  }
}
