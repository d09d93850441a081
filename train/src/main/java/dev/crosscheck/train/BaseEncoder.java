package dev.crosscheck.train;

import dev.crosscheck.similarity.CrossEncoderModel;
import java.util.Arrays;
import java.util.Locale;

/**
 * The encoders fine-tuning starts from, as files among the class path's resources (LangChain4j's
 * embedding jars): the fp32 ONNX export whose weights are tuned, its tokenizer, and the quantized
 * export a shipped int8 delta patches. Both share BERT's uncased word pieces.
 */
public enum BaseEncoder {
  /** all-MiniLM-L6-v2: six layers of width 384, the engine's embedder and paraphrase model. */
  MINILM_L6("minilm-l6", "all-minilm-l6-v2"),
  /** BGE-small-en-v1.5: twelve layers of width 384, about twice MiniLM's CPU per pair. */
  BGE_SMALL("bge-small", "bge-small-en-v1.5");

  private final String option;
  private final String resourcePrefix;

  BaseEncoder(String option, String resourcePrefix) {
    this.option = option;
    this.resourcePrefix = resourcePrefix;
  }

  /**
   * The encoder a command-line value names ({@code minilm-l6} or {@code bge-small}).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static BaseEncoder named(String option) {
    return Arrays.stream(values())
        .filter(b -> b.option.equals(option))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        Locale.ROOT,
                        "base encoder (%s) must be one of %s",
                        option,
                        Arrays.stream(values()).map(b -> b.option).toList())));
  }

  /** The value naming it on the command line. */
  public String option() {
    return option;
  }

  /** The fp32 ONNX file's bytes: the graph and the weights tuning starts from. */
  public byte[] model() {
    return CrossEncoderModel.resource(resourcePrefix + ".onnx");
  }

  /** The Hugging Face tokenizer.json's bytes. */
  public byte[] tokenizer() {
    return CrossEncoderModel.resource(resourcePrefix + "-tokenizer.json");
  }

  /** The quantized ONNX file's bytes: the base an int8 delta is made against. */
  public byte[] quantized() {
    return CrossEncoderModel.resource(resourcePrefix + "-q.onnx");
  }
}
