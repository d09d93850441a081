package dev.crosscheck.train;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuned cross-encoder run by ONNX Runtime alone, with no PyTorch: the encoder from the
 * rewritten ONNX file, then mean pooling and the linear head in plain Java. What the product would
 * need at run time.
 */
public final class OnnxCrossEncoder implements AutoCloseable {
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final float bias;
  private final float[] weights;

  /**
   * A scorer over ONNX bytes and a head.
   *
   * @throws IllegalArgumentException when the head is empty
   * @throws IllegalStateException when ONNX Runtime cannot load the model
   */
  public OnnxCrossEncoder(byte[] onnx, float bias, float[] weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    this.environment = OrtEnvironment.getEnvironment();
    this.bias = bias;
    this.weights = weights.clone();
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      this.session = environment.createSession(onnx, options);
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime failed to load the model: " + e.getMessage(), e);
    }
  }

  /**
   * Reads what {@link CrossEncoderWriter} wrote into {@code dir}.
   *
   * @throws IOException when a file cannot be read
   */
  public static OnnxCrossEncoder read(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(CrossEncoderWriter.HEAD_FILE));
    float[] weights = new float[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      weights[i - 1] = Float.parseFloat(lines.get(i));
    }
    return new OnnxCrossEncoder(
        Files.readAllBytes(dir.resolve(CrossEncoderWriter.MODEL_FILE)),
        Float.parseFloat(lines.get(0)),
        weights);
  }

  /** The paraphrase probability of each row of {@code batch} (mean pooling under the mask). */
  public double[] probabilities(TokenBatch batch) {
    try (OnnxTensor ids = OnnxTensor.createTensor(environment, batch.ids());
        OnnxTensor mask = OnnxTensor.createTensor(environment, batch.mask());
        OnnxTensor types = OnnxTensor.createTensor(environment, batch.types());
        OrtSession.Result result =
            session.run(
                Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
      float[][][] hidden = (float[][][]) result.get(0).getValue();
      double[] probabilities = new double[hidden.length];
      for (int row = 0; row < hidden.length; row++) {
        probabilities[row] = 1 / (1 + Math.exp(-logit(hidden[row], batch.mask()[row])));
      }
      return probabilities;
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  private double logit(float[][] hidden, long[] mask) {
    double[] mean = new double[weights.length];
    int count = 0;
    for (int t = 0; t < hidden.length; t++) {
      if (mask[t] != 0) {
        count++;
        for (int d = 0; d < mean.length; d++) {
          mean[d] += hidden[t][d];
        }
      }
    }
    double logit = bias;
    for (int d = 0; d < mean.length; d++) {
      logit += weights[d] * mean[d] / Math.max(1, count);
    }
    return logit;
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
