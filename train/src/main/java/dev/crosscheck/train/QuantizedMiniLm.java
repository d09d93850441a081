package dev.crosscheck.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped quantized all-MiniLM-L6-v2 ONNX file among the class path's resources. */
public final class QuantizedMiniLm {
  /** The resource name (from the langchain4j -q jar, the engine's dependency). */
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";

  private QuantizedMiniLm() {}

  /** The file's bytes. */
  public static byte[] model() {
    try (InputStream in =
        QuantizedMiniLm.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + MODEL_RESOURCE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
