package dev.crosscheck.train;

import dev.crosscheck.similarity.ProtoCursor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX model file read just far enough to find its weights: the graph's initializers (name,
 * shape, type and where their raw bytes sit) and its nodes (operator, name, inputs). ONNX is a
 * protobuf message (onnx.proto: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5;
 * NodeProto.input = 1, name = 3, op_type = 4; TensorProto.dims = 1, data_type = 2, name = 8,
 * raw_data = 9), parsed here by hand rather than through a protobuf library.
 */
public final class OnnxModelFile {
  /** TensorProto.data_type of 32-bit floats. */
  public static final int FLOAT = 1;

  private final byte[] bytes;
  private final Map<String, Initializer> initializers;
  private final List<Node> nodes;

  /**
   * One weight tensor stored in the graph.
   *
   * @param name the initializer's name (a node input)
   * @param dims the shape
   * @param dataType TensorProto.data_type ({@link #FLOAT} = 1, int64 = 7)
   * @param offset where its raw_data starts in the file, -1 when it has none
   * @param length raw_data's length in bytes
   */
  public record Initializer(String name, long[] dims, int dataType, int offset, int length) {
    /** The number of elements: the product of the dimensions. */
    public long size() {
      long size = 1;
      for (long d : dims) {
        size *= d;
      }
      return size;
    }
  }

  /**
   * One operator of the graph.
   *
   * @param opType the operator ("MatMul", "Add", ...)
   * @param name the node's name ("/encoder/layer.0/attention/self/query/MatMul")
   * @param inputs the names of its inputs, in order
   */
  public record Node(String opType, String name, List<String> inputs) {}

  private OnnxModelFile(byte[] bytes, Map<String, Initializer> initializers, List<Node> nodes) {
    this.bytes = bytes;
    this.initializers = initializers;
    this.nodes = nodes;
  }

  /**
   * Parses {@code bytes} (kept, not copied: do not change them afterwards).
   *
   * @throws IllegalArgumentException when the bytes are not a protobuf ModelProto with a graph
   */
  public static OnnxModelFile parse(byte[] bytes) {
    Map<String, Initializer> initializers = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    boolean graph = false;
    ProtoCursor model = new ProtoCursor(bytes, 0, bytes.length);
    while (model.next()) {
      if (model.field() == 7 && model.isBytes()) {
        graph = true;
        ProtoCursor g = model.message();
        while (g.next()) {
          if (g.field() == 5 && g.isBytes()) {
            Initializer initializer = initializer(g.message());
            initializers.put(initializer.name(), initializer);
          } else if (g.field() == 1 && g.isBytes()) {
            nodes.add(node(g.message()));
          }
        }
      }
    }
    if (!graph) {
      throw new IllegalArgumentException("model has no graph (ModelProto field 7)");
    }
    return new OnnxModelFile(bytes, initializers, List.copyOf(nodes));
  }

  private static Initializer initializer(ProtoCursor t) {
    List<Long> dims = new ArrayList<>();
    String name = "";
    int dataType = 0;
    int offset = -1;
    int length = 0;
    while (t.next()) {
      switch (t.field()) {
        case 1 -> dims.addAll(t.varints());
        case 2 -> dataType = (int) t.varint();
        case 8 -> name = t.string();
        case 9 -> {
          offset = t.start();
          length = t.end() - t.start();
        }
        default -> {}
      }
    }
    return new Initializer(
        name, dims.stream().mapToLong(Long::longValue).toArray(), dataType, offset, length);
  }

  private static Node node(ProtoCursor n) {
    List<String> inputs = new ArrayList<>();
    String name = "";
    String op = "";
    while (n.next()) {
      switch (n.field()) {
        case 1 -> inputs.add(n.string());
        case 3 -> name = n.string();
        case 4 -> op = n.string();
        default -> {}
      }
    }
    return new Node(op, name, List.copyOf(inputs));
  }

  /** The initializers by name, in file order. */
  public Map<String, Initializer> initializers() {
    return java.util.Collections.unmodifiableMap(initializers);
  }

  /** The graph's nodes, in file order. */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * The values of a float initializer stored as raw_data (little-endian, as ONNX specifies).
   *
   * @throws IllegalArgumentException when there is no such initializer or it is not raw floats
   */
  public float[] floats(String name) {
    Initializer initializer = floatInitializer(name);
    float[] values = new float[initializer.length() / Float.BYTES];
    ByteBuffer.wrap(bytes, initializer.offset(), initializer.length())
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(values);
    return values;
  }

  /**
   * A copy of the file with the raw data of the named float initializers replaced; everything else
   * (graph, other weights) is byte for byte the same, so ONNX Runtime runs the new weights.
   *
   * @throws IllegalArgumentException when a name is unknown or a value count differs from the
   *     initializer's size
   */
  public byte[] withFloats(Map<String, float[]> replacements) {
    byte[] copy = bytes.clone();
    for (Map.Entry<String, float[]> e : replacements.entrySet()) {
      Initializer initializer = floatInitializer(e.getKey());
      float[] values = e.getValue();
      if ((long) values.length * Float.BYTES != initializer.length()) {
        throw new IllegalArgumentException(
            "values for "
                + e.getKey()
                + " ("
                + values.length
                + ") must number the initializer's size ("
                + initializer.size()
                + ")");
      }
      ByteBuffer.wrap(copy, initializer.offset(), initializer.length())
          .order(ByteOrder.LITTLE_ENDIAN)
          .asFloatBuffer()
          .put(values);
    }
    return copy;
  }

  private Initializer floatInitializer(String name) {
    Initializer initializer = initializers.get(name);
    if (initializer == null) {
      throw new IllegalArgumentException("no initializer named " + name);
    }
    if (initializer.dataType() != FLOAT || initializer.offset() < 0) {
      throw new IllegalArgumentException(
          "initializer "
              + name
              + " must hold raw float data (type "
              + initializer.dataType()
              + ")");
    }
    return initializer;
  }
}
