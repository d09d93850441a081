package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.similarity.InitializerPatcher.Replacement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossEncoderDeltaTest {
  private static final byte[] BASE =
      InitializerPatcherTest.tinyModel(new byte[] {1, 2, 3, 4}, new byte[4]);

  private static CrossEncoderDelta delta(List<Replacement> tensors) {
    return new CrossEncoderDelta(
        BASE.length, CrossEncoderDelta.crc32(BASE), tensors, 0.5f, new float[] {1f, -2f, 3f});
  }

  @Test
  void roundTripsThroughItsBinaryForm() throws IOException {
    Random random = new Random(3);
    byte[] payload = new byte[4];
    random.nextBytes(payload);
    CrossEncoderDelta delta = delta(List.of(new Replacement("w", 2, payload)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    delta.write(out);
    CrossEncoderDelta back = CrossEncoderDelta.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.baseLength()).isEqualTo(BASE.length);
    assertThat(back.baseCrc32()).isEqualTo(delta.baseCrc32());
    assertThat(back.bias()).isEqualTo(0.5f);
    assertThat(back.weights()).containsExactly(1f, -2f, 3f);
    assertThat(back.tensors()).hasSize(1);
    assertThat(back.tensors().get(0).payload()).isEqualTo(payload);
    byte[] model = BASE.clone();
    back.applyTo(model);
    assertThat(model).isEqualTo(InitializerPatcherTest.tinyModel(payload, new byte[4]));
  }

  @Test
  void emptyDeltaLeavesTheModelAsItIs() {
    byte[] model = BASE.clone();
    delta(List.of()).applyTo(model);
    assertThat(model).isEqualTo(BASE);
  }

  @Test
  void refusesAnotherBaseModelAndOtherFiles() {
    byte[] other = InitializerPatcherTest.tinyModel(new byte[] {1, 2, 3, 5}, new byte[4]);
    assertThatThrownBy(() -> delta(List.of()).applyTo(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the one the delta was made from");
    assertThatThrownBy(() -> CrossEncoderDelta.read(new ByteArrayInputStream(new byte[16])))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a cross-encoder delta");
    assertThatThrownBy(() -> new CrossEncoderDelta(1, 1, List.of(), 0f, new float[0]))
        .hasMessageContaining("weights must not be empty");
  }
}
