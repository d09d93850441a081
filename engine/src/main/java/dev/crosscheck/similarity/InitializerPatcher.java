package dev.crosscheck.similarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patcher of ONNX model bytes: finds where each initializer's values are stored and overwrites
 * them in place with values of the same encoded size, so the graph and every other byte stay as
 * they were. ONNX is a protobuf message (onnx.proto: ModelProto.graph = 7, GraphProto.initializer =
 * 5; TensorProto.data_type = 2, float_data = 4, int32_data = 5, int64_data = 7, name = 8, raw_data
 * = 9), read here by hand rather than through a protobuf library.
 */
public final class InitializerPatcher {
  private InitializerPatcher() {}

  /**
   * Where one initializer's values sit in the model bytes.
   *
   * @param name the initializer's name
   * @param dataType TensorProto.data_type (1 float, 2 uint8, 3 int8, 7 int64)
   * @param field the TensorProto field holding the values (4, 5, 7 or 9)
   * @param offset the first byte of the values (a packed field's or raw_data's payload)
   * @param length the number of bytes
   */
  public record Location(String name, int dataType, int field, int offset, int length) {}

  /**
   * New stored values for one initializer: the payload of the same field, encoded as the model
   * encodes it (little-endian bytes for raw_data and float_data, varints for int32_data).
   *
   * @param name the initializer's name
   * @param dataType its TensorProto.data_type, which must equal the model's
   * @param payload the bytes, as many as the model's
   */
  public record Replacement(String name, int dataType, byte[] payload) {
    public Replacement {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("name must not be empty");
      }
      if (payload == null) {
        throw new IllegalArgumentException("payload of " + name + " must not be null");
      }
    }
  }

  /**
   * The initializers of {@code model} with one stored field of values each, by name in file order.
   *
   * @throws IllegalArgumentException when the bytes are not an ONNX model with a graph
   */
  public static Map<String, Location> locate(byte[] model) {
    Map<String, Location> locations = new LinkedHashMap<>();
    boolean graph = false;
    ProtoCursor m = new ProtoCursor(model, 0, model.length);
    while (m.next()) {
      if (m.field() == 7 && m.isBytes()) {
        graph = true;
        ProtoCursor g = m.message();
        while (g.next()) {
          if (g.field() == 5 && g.isBytes()) {
            Location location = location(g.message());
            if (location != null) {
              locations.put(location.name(), location);
            }
          }
        }
      }
    }
    if (!graph) {
      throw new IllegalArgumentException("model has no graph (ModelProto field 7)");
    }
    return locations;
  }

  /** One tensor's location, or null when its values are not in one field (or absent). */
  private static Location location(ProtoCursor t) {
    String name = "";
    int dataType = 0;
    int field = 0;
    int offset = -1;
    int length = 0;
    int dataFields = 0;
    while (t.next()) {
      switch (t.field()) {
        case 2 -> dataType = (int) t.varint();
        case 8 -> name = t.string();
        case 4, 5, 7, 9 -> {
          dataFields++;
          field = t.field();
          offset = t.start();
          length = t.end() - t.start();
        }
        default -> {}
      }
    }
    return dataFields == 1 ? new Location(name, dataType, field, offset, length) : null;
  }

  /**
   * Overwrites the stored values of the named initializers in {@code model}, in place. Every
   * replacement is checked before any byte changes.
   *
   * @throws IllegalArgumentException when a name is not an initializer of the model, or a data type
   *     or payload size differs from the model's (the delta was made for another model)
   */
  public static void patch(byte[] model, List<Replacement> replacements) {
    Map<String, Location> locations = locate(model);
    List<Location> targets = new ArrayList<>();
    for (Replacement r : replacements) {
      Location at = locations.get(r.name());
      if (at == null) {
        throw new IllegalArgumentException(
            "the model has no initializer named " + r.name() + ": the delta is for another model");
      }
      if (at.dataType() != r.dataType() || at.length() != r.payload().length) {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT,
                "initializer %s holds %d bytes of type %d in the model but %d bytes of type %d in"
                    + " the delta: the delta is for another model",
                r.name(),
                at.length(),
                at.dataType(),
                r.payload().length,
                r.dataType()));
      }
      targets.add(at);
    }
    for (int i = 0; i < replacements.size(); i++) {
      byte[] payload = replacements.get(i).payload();
      System.arraycopy(payload, 0, model, targets.get(i).offset(), payload.length);
    }
  }
}
