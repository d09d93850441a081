package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.similarity.InitializerPatcher.Location;
import dev.crosscheck.similarity.InitializerPatcher.Replacement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InitializerPatcherTest {
  /** A two-initializer model: "w" (4 raw bytes of uint8), "s" (one float in float_data). */
  static byte[] tinyModel(byte[] w, byte[] s) {
    byte[] tensorW =
        concat(
            varintField(2, 2),
            bytesField(8, "w".getBytes(StandardCharsets.UTF_8)),
            bytesField(9, w));
    byte[] tensorS =
        concat(
            varintField(2, 1),
            bytesField(4, s),
            bytesField(8, "s".getBytes(StandardCharsets.UTF_8)));
    byte[] graph = concat(bytesField(5, tensorW), bytesField(5, tensorS));
    return concat(varintField(1, 8), bytesField(7, graph));
  }

  @Test
  void locatesAndPatchesInPlace() {
    byte[] model = tinyModel(new byte[] {1, 2, 3, 4}, new byte[] {0, 0, (byte) 0x80, 0x3f});
    Map<String, Location> at = InitializerPatcher.locate(model);
    assertThat(at.keySet()).containsExactly("w", "s");
    assertThat(at.get("w").field()).isEqualTo(9);
    assertThat(at.get("s").field()).isEqualTo(4);
    byte[] before = model.clone();
    InitializerPatcher.patch(model, List.of(new Replacement("w", 2, new byte[] {9, 8, 7, 6})));
    assertThat(model)
        .isEqualTo(tinyModel(new byte[] {9, 8, 7, 6}, new byte[] {0, 0, (byte) 0x80, 0x3f}));
    assertThat(model).hasSameSizeAs(before);
  }

  @Test
  void refusesADeltaForAnotherModelBeforeChangingAnything() {
    byte[] model = tinyModel(new byte[] {1, 2, 3, 4}, new byte[4]);
    byte[] before = model.clone();
    Replacement good = new Replacement("w", 2, new byte[] {9, 9, 9, 9});
    assertThatThrownBy(
            () ->
                InitializerPatcher.patch(
                    model, List.of(good, new Replacement("x", 2, new byte[4]))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no initializer named x");
    assertThatThrownBy(
            () -> InitializerPatcher.patch(model, List.of(new Replacement("w", 2, new byte[5]))))
        .hasMessageContaining("w holds 4 bytes of type 2 in the model but 5 bytes of type 2");
    assertThatThrownBy(
            () -> InitializerPatcher.patch(model, List.of(new Replacement("s", 3, new byte[4]))))
        .hasMessageContaining("another model");
    assertThat(model).isEqualTo(before);
  }

  @Test
  void emptyAndRandomBytesAreRefusedOrEmpty() {
    assertThatThrownBy(() -> InitializerPatcher.locate(new byte[0]))
        .hasMessageContaining("no graph");
    byte[] noise = new byte[64];
    new Random(7).nextBytes(noise);
    assertThatThrownBy(() -> InitializerPatcher.locate(noise))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] model = tinyModel(new byte[] {1, 2, 3, 4}, new byte[4]);
    InitializerPatcher.patch(model, List.of());
    assertThat(model).isEqualTo(tinyModel(new byte[] {1, 2, 3, 4}, new byte[4]));
  }

  @Test
  void findsEveryInitializerOfTheShippedQuantizedModel() {
    Map<String, Location> at = InitializerPatcher.locate(MiniLmModel.modelBytes());
    assertThat(at).hasSize(180);
    assertThat(at.get("embeddings.word_embeddings.weight_quantized").length())
        .isEqualTo(30522 * 384);
  }

  static byte[] varintField(int field, long value) {
    return concat(varint((long) field << 3), varint(value));
  }

  static byte[] bytesField(int field, byte[] payload) {
    return concat(varint(((long) field << 3) | 2), varint(payload.length), payload);
  }

  static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
