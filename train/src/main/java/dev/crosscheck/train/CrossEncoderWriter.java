package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a fine-tuned cross-encoder for ONNX Runtime: the encoder's weights go back into the
 * initializers of the ONNX file they came from (same graph, same names, same layout), the head into
 * a small text file of floats ({@code head.txt}: the bias, then the weights).
 */
public final class CrossEncoderWriter {
  /** The ONNX file written. */
  public static final String MODEL_FILE = "cross-encoder.onnx";

  /** The head file written. */
  public static final String HEAD_FILE = "head.txt";

  /**
   * Writes {@code model} into {@code dir}, its encoder's weights replacing those of {@code onnx}.
   *
   * @throws IOException when a file cannot be written
   */
  public void write(CrossEncoder model, OnnxModelFile onnx, Path dir) throws IOException {
    Files.write(dir.resolve(MODEL_FILE), onnxBytes(model.encoder(), onnx));
    Map<String, NDArray> parameters = model.parameters();
    float bias = parameters.get(CrossEncoder.HEAD + "bias").toFloatArray()[0];
    StringBuilder text = new StringBuilder().append(bias).append('\n');
    for (float w : parameters.get(CrossEncoder.HEAD + "weight").toFloatArray()) {
      text.append(w).append('\n');
    }
    Files.writeString(dir.resolve(HEAD_FILE), text);
  }

  /** {@code onnx}'s bytes with the encoder's current weights in its initializers. */
  public static byte[] onnxBytes(BertEncoder encoder, OnnxModelFile onnx) {
    BertWeights original = BertWeights.read(onnx);
    Map<String, float[]> replacements = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : encoder.parameters().entrySet()) {
      replacements.put(original.tensors().get(e.getKey()).onnxName(), e.getValue().toFloatArray());
    }
    return onnx.withFloats(replacements);
  }
}
