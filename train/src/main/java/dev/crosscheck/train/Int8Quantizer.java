package dev.crosscheck.train;

import dev.crosscheck.similarity.InitializerPatcher;
import dev.crosscheck.similarity.InitializerPatcher.Location;
import dev.crosscheck.similarity.InitializerPatcher.Replacement;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantizer of fp32 MiniLM weights into the layout of the shipped int8 graph ({@code
 * all-minilm-l6-v2-q.onnx}, ONNX Runtime dynamic quantization): each dense matrix becomes int8 with
 * one scale per output column and zero point 0 over the reduced range [-64, 64] (scale = the
 * column's largest magnitude / 64), each embedding table uint8 with one scale and zero point 128
 * (scale = 2 x the table's largest magnitude / 255), biases and LayerNorms are copied as fp32. The
 * scheme was read off the shipped file: quantizing the original fp32 MiniLM this way gives its
 * bytes exactly (a test checks).
 */
public final class Int8Quantizer {
  /** The largest magnitude of a quantized matrix value (ONNX Runtime's reduced int8 range). */
  public static final int MATRIX_QMAX = 64;

  /** The zero point of the uint8 embedding tables (symmetric over [0, 255]). */
  public static final int TABLE_ZERO_POINT = 128;

  private static final int UINT8 = 2;
  private static final int INT8 = 3;
  private static final String QUANTIZED = "_quantized";

  private final byte[] base;
  private final OnnxModelFile graph;
  private final Map<String, Location> locations;

  /** A quantizer into the layout of {@code quantizedModel} (kept, not copied). */
  public Int8Quantizer(byte[] quantizedModel) {
    this.base = quantizedModel;
    this.graph = OnnxModelFile.parse(quantizedModel);
    this.locations = InitializerPatcher.locate(quantizedModel);
  }

  /**
   * The stored values of every initializer of the quantized graph that {@code fp32} determines, by
   * name: the quantized matrices and tables with their scales and zero points, and the fp32 tensors
   * copied.
   *
   * @throws IllegalArgumentException when a float initializer of {@code fp32} has no place in the
   *     quantized graph, or shapes differ
   */
  public Map<String, Replacement> quantize(OnnxModelFile fp32) {
    Map<String, String> matrices = matrixNames(fp32);
    Map<String, Replacement> out = new LinkedHashMap<>();
    List<String> unplaced = new ArrayList<>();
    for (OnnxModelFile.Initializer init : fp32.initializers().values()) {
      if (init.dataType() != OnnxModelFile.FLOAT) {
        continue;
      }
      String name = init.name();
      float[] values = fp32.floats(name);
      Location same = locations.get(name);
      if (same != null && same.dataType() == OnnxModelFile.FLOAT) {
        put(out, name, OnnxModelFile.FLOAT, values);
      } else if (matrices.containsKey(name)) {
        matrix(out, matrices.get(name), values, init.dims());
      } else if (locations.containsKey(name + QUANTIZED)) {
        table(out, name, values);
      } else {
        unplaced.add(name);
      }
    }
    if (!unplaced.isEmpty()) {
      throw new IllegalArgumentException(
          "fp32 initializers with no place in the quantized graph: " + unplaced);
    }
    return out;
  }

  /**
   * Only the initializers whose stored bytes differ from the quantized graph's, in file order.
   *
   * @throws IllegalArgumentException as {@link #quantize}
   */
  public List<Replacement> delta(OnnxModelFile fp32) {
    List<Replacement> changed = new ArrayList<>();
    for (Replacement r : quantize(fp32).values()) {
      Location at = locations.get(r.name());
      if (!Arrays.equals(
          r.payload(), 0, r.payload().length, base, at.offset(), at.offset() + at.length())) {
        changed.add(r);
      }
    }
    return changed;
  }

  /**
   * fp32 matrix name -> quantized-graph prefix ({@code onnx::MatMul_787}), matched through the node
   * names: the fp32 graph's {@code P} (MatMul) reads the matrix the quantized graph's {@code
   * P_quant} (MatMulInteger) reads as {@code prefix_quantized}.
   */
  private Map<String, String> matrixNames(OnnxModelFile fp32) {
    Map<String, String> quantizedByNode = new LinkedHashMap<>();
    for (OnnxModelFile.Node n : graph.nodes()) {
      if (n.opType().equals("MatMulInteger") && n.name().endsWith("_quant")) {
        String b = n.inputs().get(1);
        quantizedByNode.put(
            n.name().substring(0, n.name().length() - "_quant".length()),
            b.substring(0, b.length() - QUANTIZED.length()));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (OnnxModelFile.Node n : fp32.nodes()) {
      String prefix = quantizedByNode.get(n.name());
      if (n.opType().equals("MatMul") && prefix != null) {
        names.put(n.inputs().get(1), prefix);
      }
    }
    return names;
  }

  /** Per output column: int8 in [-64, 64], zero point 0. Values are [in, out] row-major. */
  private void matrix(Map<String, Replacement> out, String prefix, float[] w, long[] dims) {
    int rows = (int) dims[0];
    int columns = (int) dims[1];
    float[] scales = new float[columns];
    for (int c = 0; c < columns; c++) {
      float max = 0;
      for (int r = 0; r < rows; r++) {
        max = Math.max(max, Math.abs(w[r * columns + c]));
      }
      // ONNX Runtime: (rmax - rmin) / (qmax - qmin) in float32 over [-max, max] and [-64, 64]
      scales[c] = max == 0 ? 1f : (2 * max) / (2f * MATRIX_QMAX);
    }
    byte[] q = new byte[w.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int i = r * columns + c;
        q[i] = (byte) clip((int) Math.rint(w[i] / scales[c]), -MATRIX_QMAX, MATRIX_QMAX);
      }
    }
    put(out, prefix + "_scale", OnnxModelFile.FLOAT, scales);
    out.put(prefix + QUANTIZED, replacement(prefix + QUANTIZED, INT8, q));
    out.put(
        prefix + "_zero_point",
        replacement(prefix + "_zero_point", INT8, varints(new int[columns])));
  }

  /** One scale for the table: uint8 with zero point 128. */
  private void table(Map<String, Replacement> out, String name, float[] w) {
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max == 0 ? 1f : (2 * max) / 255f;
    byte[] q = new byte[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = (byte) clip((int) Math.rint(w[i] / scale) + TABLE_ZERO_POINT, 0, 255);
    }
    put(out, name + "_scale", OnnxModelFile.FLOAT, new float[] {scale});
    out.put(name + QUANTIZED, replacement(name + QUANTIZED, UINT8, q));
    out.put(
        name + "_zero_point",
        replacement(name + "_zero_point", UINT8, varints(new int[] {TABLE_ZERO_POINT})));
  }

  private static int clip(int v, int low, int high) {
    return Math.max(low, Math.min(high, v));
  }

  private void put(Map<String, Replacement> out, String name, int type, float[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
    bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
    out.put(name, replacement(name, type, bytes.array()));
  }

  /** A replacement for {@code name}, checked against the quantized graph's stored size. */
  private Replacement replacement(String name, int type, byte[] payload) {
    Location at = locations.get(name);
    if (at == null) {
      throw new IllegalArgumentException("the quantized graph has no initializer " + name);
    }
    if (at.dataType() != type || at.length() != payload.length) {
      throw new IllegalArgumentException(
          name
              + " is stored as "
              + at.length()
              + " bytes of type "
              + at.dataType()
              + " in the quantized graph, computed "
              + payload.length
              + " of type "
              + type);
    }
    return new Replacement(name, type, payload);
  }

  /** int32_data's packed encoding: one varint each, negatives sign-extended to 64 bits. */
  static byte[] varints(int[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int value : values) {
      long v = value;
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
    return out.toByteArray();
  }
}
