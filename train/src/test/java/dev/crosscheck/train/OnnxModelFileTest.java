package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnnxModelFileTest {
  /** A ModelProto with ir_version, one initializer w [2, 3] and one MatMul node reading it. */
  static byte[] tinyModel(float[] values) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      raw.putFloat(v);
    }
    byte[] tensor =
        concat(
            varintField(1, 2),
            varintField(1, 3),
            varintField(2, OnnxModelFile.FLOAT),
            bytesField(8, "w".getBytes(StandardCharsets.UTF_8)),
            bytesField(9, raw.array()));
    byte[] node =
        concat(
            bytesField(1, "x".getBytes(StandardCharsets.UTF_8)),
            bytesField(1, "w".getBytes(StandardCharsets.UTF_8)),
            bytesField(2, "y".getBytes(StandardCharsets.UTF_8)),
            bytesField(3, "/dense/MatMul".getBytes(StandardCharsets.UTF_8)),
            bytesField(4, "MatMul".getBytes(StandardCharsets.UTF_8)));
    byte[] graph = concat(bytesField(1, node), bytesField(5, tensor));
    return concat(varintField(1, 8), bytesField(7, graph));
  }

  @Test
  void readsInitializersAndNodesOfACannedModel() {
    float[] values = {1, -2, 3.5f, 0, 1e-7f, -1e7f};
    OnnxModelFile model = OnnxModelFile.parse(tinyModel(values));
    OnnxModelFile.Initializer w = model.initializers().get("w");
    assertThat(w.dims()).containsExactly(2, 3);
    assertThat(w.size()).isEqualTo(6);
    assertThat(model.floats("w")).containsExactly(values);
    assertThat(model.nodes())
        .containsExactly(
            new OnnxModelFile.Node("MatMul", "/dense/MatMul", java.util.List.of("x", "w")));
  }

  @Test
  void writesNewValuesInPlace() {
    Random random = new Random(7);
    float[] before = new float[6];
    float[] after = new float[6];
    for (int i = 0; i < 6; i++) {
      before[i] = (float) random.nextGaussian();
      after[i] = (float) random.nextGaussian();
    }
    OnnxModelFile model = OnnxModelFile.parse(tinyModel(before));
    byte[] rewritten = model.withFloats(Map.of("w", after));
    assertThat(rewritten).isEqualTo(tinyModel(after));
    assertThat(model.floats("w")).containsExactly(before);
    assertThatThrownBy(() -> model.withFloats(Map.of("w", new float[5])))
        .hasMessageContaining("(5) must number the initializer's size (6)");
    assertThatThrownBy(() -> model.floats("v")).hasMessageContaining("no initializer named v");
  }

  @Test
  void rejectsEmptyAndTruncatedInput() {
    assertThatThrownBy(() -> OnnxModelFile.parse(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no graph");
    byte[] model = tinyModel(new float[6]);
    byte[] cut = java.util.Arrays.copyOf(model, model.length - 3);
    assertThatThrownBy(() -> OnnxModelFile.parse(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void readsTheMiniLmExport() {
    OnnxModelFile model = OnnxModelFile.parse(BaseEncoder.MINILM_L6.model());
    assertThat(model.initializers()).hasSize(102);
    assertThat(model.initializers().get("embeddings.word_embeddings.weight").dims())
        .containsExactly(30522, 384);
  }

  static byte[] varintField(int field, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3);
    writeVarint(out, value);
    return out.toByteArray();
  }

  static byte[] bytesField(int field, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, ((long) field << 3) | 2);
    writeVarint(out, value.length);
    out.writeBytes(value);
    return out.toByteArray();
  }

  static void writeVarint(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
