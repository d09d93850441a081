package dev.crosscheck.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.norm.LayerNorm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BERT encoder (Devlin et al. 2019, "BERT: Pre-training of Deep Bidirectional Transformers")
 * written in DJL NDArray operations, so that the PyTorch engine can differentiate it: post-norm
 * layers of multi-head self-attention and a GELU feed-forward block. Its parameters live in the
 * manager given at construction; a forward pass's intermediates live in the manager of its input
 * arrays.
 */
public final class BertEncoder {
  /** Attention heads of MiniLM-L6 (384 = 12 x 32); the ONNX weights do not record it. */
  public static final int DEFAULT_HEADS = 12;

  /** BERT's LayerNorm epsilon. */
  public static final float LAYER_NORM_EPSILON = 1e-12f;

  /** Added to the attention scores of padding pieces (Hugging Face's BERT uses the same). */
  private static final float MASKED_SCORE = -10000f;

  private final Map<String, NDArray> parameters;
  private final int layers;
  private final int heads;
  private final int hidden;

  private BertEncoder(Map<String, NDArray> parameters, int layers, int heads, int hidden) {
    this.parameters = parameters;
    this.layers = layers;
    this.heads = heads;
    this.hidden = hidden;
  }

  /**
   * Copies {@code weights} into arrays of {@code manager}.
   *
   * @throws IllegalArgumentException when heads does not divide the hidden width
   */
  public static BertEncoder load(BertWeights weights, NDManager manager, int heads) {
    if (heads <= 0 || weights.hidden() % heads != 0) {
      throw new IllegalArgumentException(
          "heads (" + heads + ") must be > 0 and divide the hidden width " + weights.hidden());
    }
    Map<String, NDArray> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, BertWeights.Tensor> e : weights.tensors().entrySet()) {
      BertWeights.Tensor t = e.getValue();
      NDArray array = manager.create(t.values(), new Shape(t.shape()));
      array.setName(e.getKey());
      parameters.put(e.getKey(), array);
    }
    return new BertEncoder(parameters, weights.layers(), heads, weights.hidden());
  }

  /** The parameters by Hugging Face name; matrices are [in, out]. Live arrays, not copies. */
  public Map<String, NDArray> parameters() {
    return java.util.Collections.unmodifiableMap(parameters);
  }

  /** The width of the hidden states. */
  public int hidden() {
    return hidden;
  }

  /**
   * The last hidden states.
   *
   * @param ids word-piece ids, int64 [batch, length]
   * @param types token type ids (0 first sentence, 1 second), int64 [batch, length]
   * @param mask 1 for pieces, 0 for padding, int64 [batch, length]
   * @return float32 [batch, length, hidden]
   */
  public NDArray forward(NDArray ids, NDArray types, NDArray mask) {
    long batch = ids.getShape().get(0);
    long length = ids.getShape().get(1);
    NDArray positions = ids.getManager().arange(0, (int) length, 1, DataType.INT64).reshape(1, -1);
    NDArray x =
        lookup(ids, p("embeddings.word_embeddings.weight"))
            .add(lookup(types, p("embeddings.token_type_embeddings.weight")))
            .add(lookup(positions, p("embeddings.position_embeddings.weight")));
    x = norm(x, "embeddings.LayerNorm");
    NDArray bias =
        mask.toType(DataType.FLOAT32, false)
            .neg()
            .add(1)
            .mul(MASKED_SCORE)
            .reshape(batch, 1, 1, length);
    for (int layer = 0; layer < layers; layer++) {
      x = layer(x, bias, "encoder.layer." + layer + ".", batch, length);
    }
    return x;
  }

  private NDArray layer(NDArray x, NDArray bias, String prefix, long batch, long length) {
    int width = hidden / heads;
    NDArray q = heads(dense(x, prefix + "attention.self.query"), batch, length, width);
    NDArray k = heads(dense(x, prefix + "attention.self.key"), batch, length, width);
    NDArray v = heads(dense(x, prefix + "attention.self.value"), batch, length, width);
    NDArray scores =
        q.matMul(k.transpose(0, 1, 3, 2))
            .mul(constant(x, (float) (1 / Math.sqrt(width))))
            .add(bias);
    NDArray context =
        scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, hidden);
    NDArray attended =
        norm(
            dense(context, prefix + "attention.output.dense").add(x),
            prefix + "attention.output.LayerNorm");
    NDArray inner = gelu(dense(attended, prefix + "intermediate.dense"));
    return norm(dense(inner, prefix + "output.dense").add(attended), prefix + "output.LayerNorm");
  }

  private static NDArray heads(NDArray x, long batch, long length, int width) {
    return x.reshape(batch, length, -1, width).transpose(0, 2, 1, 3);
  }

  private NDArray dense(NDArray x, String name) {
    return x.matMul(p(name + ".weight")).add(p(name + ".bias"));
  }

  private NDArray norm(NDArray x, String name) {
    return LayerNorm.layerNorm(
            x, new Shape(hidden), p(name + ".weight"), p(name + ".bias"), LAYER_NORM_EPSILON)
        .singletonOrThrow();
  }

  /** The exact (erf) GELU that BERT uses, not the tanh approximation. */
  private static NDArray gelu(NDArray x) {
    return x.mul(x.mul(constant(x, (float) (1 / Math.sqrt(2)))).erf().add(1))
        .mul(constant(x, 0.5f));
  }

  /**
   * A scalar in {@code like}'s manager. Why not {@code x.mul(0.5f)}: DJL's PyTorch engine wraps
   * such a number's Java buffer without copying and frees its array at once, while autograd keeps
   * the tensor for the backward pass; when the buffer is collected first, the gradient reads freed
   * memory (seen as a NaN loss now and then). An array owned by the step's manager lives until the
   * step ends.
   */
  private static NDArray constant(NDArray like, float value) {
    return like.getManager().create(value);
  }

  private static NDArray lookup(NDArray ids, NDArray table) {
    return ids.getNDArrayInternal().embedding(ids, table, SparseFormat.DENSE).singletonOrThrow();
  }

  private NDArray p(String name) {
    NDArray array = parameters.get(name);
    if (array == null) {
      throw new IllegalStateException("no parameter " + name);
    }
    return array;
  }
}
