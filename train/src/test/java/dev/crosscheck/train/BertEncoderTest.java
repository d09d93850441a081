package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BertEncoderTest {
  static final List<String> SENTENCES =
      List.of(
          "The cat sat on the mat.",
          "Stocks fell sharply on Tuesday after the central bank raised rates.",
          "Amrozi accused his brother, whom he called \"the witness\", of deliberately distorting"
              + " his evidence.",
          "A short one.",
          "Officials said 42 people were injured in the blast near the station.",
          "The quick brown fox jumps over the lazy dog",
          "Revenue rose 12% to $4.5 billion in the third quarter.",
          "He declined to comment.",
          "Die Regierung hat neue Maßnahmen angekündigt.",
          "");

  static OnnxModelFile model;

  @BeforeAll
  static void read() {
    TrainEnvironment.configure();
    model = OnnxModelFile.parse(BaseEncoder.MINILM_L6.model());
  }

  @Test
  void meanPooledEmbeddingsMatchOnnxRuntime() throws Exception {
    BertWeights weights = BertWeights.read(model);
    try (NDManager manager = NDManager.newBaseManager();
        PairTokenizer tokenizer =
            PairTokenizer.of(BaseEncoder.MINILM_L6.tokenizer(), PairTokenizer.DEFAULT_MAX_PIECES)) {
      BertEncoder encoder = BertEncoder.load(weights, manager, BertEncoder.DEFAULT_HEADS);
      TokenBatch batch = tokenizer.texts(SENTENCES);
      NDArray mask = batch.maskArray(manager);
      NDArray hidden = encoder.forward(batch.idArray(manager), batch.typeArray(manager), mask);
      float[][] ours = unitRows(Pooling.MEAN.pool(hidden, mask));
      float[][] reference = onnxRuntime(batch);
      for (int row = 0; row < SENTENCES.size(); row++) {
        assertThat(dot(ours[row], reference[row])).as(SENTENCES.get(row)).isGreaterThan(0.9999);
      }
    }
  }

  private static float[][] onnxRuntime(TokenBatch batch) throws Exception {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession session =
        environment.createSession(BaseEncoder.MINILM_L6.model(), new OrtSession.SessionOptions())) {
      float[][] rows = new float[batch.size()][];
      for (int row = 0; row < batch.size(); row++) {
        int length = 0;
        while (length < batch.length() && batch.mask()[row][length] == 1) {
          length++;
        }
        long[] ids = java.util.Arrays.copyOf(batch.ids()[row], length);
        long[] ones = new long[length];
        java.util.Arrays.fill(ones, 1);
        try (OnnxTensor i = OnnxTensor.createTensor(environment, new long[][] {ids});
            OnnxTensor m = OnnxTensor.createTensor(environment, new long[][] {ones});
            OnnxTensor t = OnnxTensor.createTensor(environment, new long[][] {new long[length]});
            OrtSession.Result result =
                session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
          float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
          float[] mean = new float[hidden[0].length];
          for (float[] h : hidden) {
            for (int d = 0; d < mean.length; d++) {
              mean[d] += h[d] / hidden.length;
            }
          }
          rows[row] = unit(mean);
        }
      }
      return rows;
    }
  }

  static float[][] unitRows(NDArray matrix) {
    long rows = matrix.getShape().get(0);
    long width = matrix.getShape().get(1);
    float[] flat = matrix.toFloatArray();
    float[][] result = new float[(int) rows][];
    for (int r = 0; r < rows; r++) {
      result[r] =
          unit(java.util.Arrays.copyOfRange(flat, (int) (r * width), (int) ((r + 1) * width)));
    }
    return result;
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] u = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      u[d] = (float) (v[d] / Math.max(Math.sqrt(norm), 1e-12));
    }
    return u;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }
}
