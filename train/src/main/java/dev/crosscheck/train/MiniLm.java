package dev.crosscheck.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fp32 all-MiniLM-L6-v2 files among the class path's resources (from the langchain4j jar). */
public final class MiniLm {
  /** The ONNX export: the graph and fp32 weights. */
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";

  /** The Hugging Face tokenizer.json. */
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

  private MiniLm() {}

  /** The ONNX file's bytes. */
  public static byte[] model() {
    return bytes(MODEL_RESOURCE);
  }

  /** The tokenizer.json's bytes. */
  public static byte[] tokenizer() {
    return bytes(TOKENIZER_RESOURCE);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
