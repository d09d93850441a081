package dev.crosscheck.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a BERT encoder read out of its ONNX export, under Hugging Face parameter names
 * ({@code encoder.layer.0.attention.self.query.weight}). The exporter names most initializers after
 * the parameter, but stores each dense layer's matrix transposed (as [in, out], the right operand
 * of a MatMul) under a generated name ({@code onnx::MatMul_787}); those are found through the
 * MatMul node that reads them ({@code /encoder/layer.0/attention/self/query/MatMul}). Every matrix
 * here keeps the ONNX layout [in, out].
 *
 * @param tensors the parameters by name, in file order
 * @param layers the number of transformer layers
 */
public record BertWeights(Map<String, Tensor> tensors, int layers) {
  /** The names every layer has, after {@code encoder.layer.N.}. */
  public static final Set<String> LAYER_PARAMETERS =
      Set.of(
          "attention.self.query.weight",
          "attention.self.query.bias",
          "attention.self.key.weight",
          "attention.self.key.bias",
          "attention.self.value.weight",
          "attention.self.value.bias",
          "attention.output.dense.weight",
          "attention.output.dense.bias",
          "attention.output.LayerNorm.weight",
          "attention.output.LayerNorm.bias",
          "intermediate.dense.weight",
          "intermediate.dense.bias",
          "output.dense.weight",
          "output.dense.bias",
          "output.LayerNorm.weight",
          "output.LayerNorm.bias");

  /** The embedding parameters. */
  public static final Set<String> EMBEDDING_PARAMETERS =
      Set.of(
          "embeddings.word_embeddings.weight",
          "embeddings.position_embeddings.weight",
          "embeddings.token_type_embeddings.weight",
          "embeddings.LayerNorm.weight",
          "embeddings.LayerNorm.bias");

  /**
   * One parameter.
   *
   * @param onnxName the initializer it came from (where to write it back)
   * @param shape its shape; matrices are [in, out]
   * @param values its values, row-major
   */
  public record Tensor(String onnxName, long[] shape, float[] values) {}

  public BertWeights {
    tensors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    if (layers <= 0) {
      throw new IllegalArgumentException("layers (" + layers + ") must be > 0");
    }
  }

  /**
   * Maps {@code model}'s float initializers to BERT parameter names.
   *
   * @throws IllegalArgumentException when a parameter of the embeddings or of a layer is missing
   */
  public static BertWeights read(OnnxModelFile model) {
    Map<String, String> byParameter = new LinkedHashMap<>();
    for (OnnxModelFile.Initializer initializer : model.initializers().values()) {
      if (initializer.dataType() == OnnxModelFile.FLOAT
          && initializer.name().matches("(embeddings|encoder)\\..*")) {
        byParameter.put(initializer.name(), initializer.name());
      }
    }
    for (OnnxModelFile.Node node : model.nodes()) {
      if (node.opType().equals("MatMul")
          && node.inputs().size() == 2
          && model.initializers().containsKey(node.inputs().get(1))
          && node.name().endsWith("/MatMul")) {
        String path = node.name().substring(1, node.name().length() - "/MatMul".length());
        byParameter.put(path.replace('/', '.') + ".weight", node.inputs().get(1));
      }
    }
    int layers = 0;
    while (byParameter.containsKey("encoder.layer." + layers + ".attention.self.query.weight")) {
      layers++;
    }
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (String name : EMBEDDING_PARAMETERS) {
      tensors.put(name, tensor(model, byParameter, name));
    }
    for (int layer = 0; layer < layers; layer++) {
      for (String name : LAYER_PARAMETERS) {
        String full = "encoder.layer." + layer + "." + name;
        tensors.put(full, tensor(model, byParameter, full));
      }
    }
    return new BertWeights(tensors, layers);
  }

  private static Tensor tensor(OnnxModelFile model, Map<String, String> byParameter, String name) {
    String onnxName = byParameter.get(name);
    if (onnxName == null) {
      throw new IllegalArgumentException("the model has no weights for " + name);
    }
    OnnxModelFile.Initializer initializer = model.initializers().get(onnxName);
    return new Tensor(onnxName, initializer.dims(), model.floats(onnxName));
  }

  /** The width of the hidden states (384 for MiniLM-L6). */
  public int hidden() {
    return (int) tensors.get("embeddings.LayerNorm.weight").shape()[0];
  }
}
