package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.similarity.InitializerPatcher.Replacement;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Int8QuantizerTest {
  private static final String QUERY_0 = "/encoder/layer.0/attention/self/query/MatMul";
  private static byte[] fp32Bytes;
  private static OnnxModelFile fp32;
  private static Int8Quantizer quantizer;

  @BeforeAll
  static void load() {
    fp32Bytes = BaseEncoder.MINILM_L6.model();
    fp32 = OnnxModelFile.parse(fp32Bytes);
    quantizer = new Int8Quantizer(BaseEncoder.MINILM_L6.quantized());
  }

  @Test
  void theOriginalFp32WeightsQuantizeToTheShippedGraphByteForByte() {
    Map<String, Replacement> all = quantizer.quantize(fp32);
    // 36 matrices and 3 tables (each values, scale, zero point) and 62 fp32 tensors
    assertThat(all).hasSize(36 * 3 + 3 * 3 + 62);
    assertThat(quantizer.delta(fp32)).isEmpty();
  }

  @Test
  void bgeSmallsFp32WeightsQuantizeToItsShippedGraphByteForByte() {
    // The quantized BGE-small follows the same scheme, so a delta over it is exact where untuned.
    Int8Quantizer bge = new Int8Quantizer(BaseEncoder.BGE_SMALL.quantized());
    OnnxModelFile bgeFp32 = OnnxModelFile.parse(BaseEncoder.BGE_SMALL.model());
    // 72 matrices and 3 tables (each values, scale, zero point) and 122 fp32 tensors
    assertThat(bge.quantize(bgeFp32)).hasSize(72 * 3 + 3 * 3 + 122);
    assertThat(bge.delta(bgeFp32)).isEmpty();
  }

  @Test
  void aTunedMatrixRoundTripsWithinHalfAStepOfItsColumnScale() {
    String name = matrixOf(QUERY_0);
    float[] w = fp32.floats(name);
    Random random = new Random(11);
    for (int i = 0; i < w.length; i++) {
      w[i] += (float) (random.nextGaussian() * 1e-3);
    }
    OnnxModelFile tuned = OnnxModelFile.parse(fp32.withFloats(Map.of(name, w)));
    List<Replacement> delta = quantizer.delta(tuned);
    assertThat(delta)
        .extracting(Replacement::name)
        .containsExactlyInAnyOrder("onnx::MatMul_787_scale", "onnx::MatMul_787_quantized");
    float[] scales = floats(find(delta, "onnx::MatMul_787_scale").payload());
    byte[] q = find(delta, "onnx::MatMul_787_quantized").payload();
    int columns = scales.length;
    for (int c = 0; c < columns; c++) {
      float max = 0;
      for (int r = 0; r < w.length / columns; r++) {
        max = Math.max(max, Math.abs(w[r * columns + c]));
      }
      assertThat(scales[c]).isEqualTo(max / Int8Quantizer.MATRIX_QMAX);
    }
    double worst = 0;
    for (int i = 0; i < w.length; i++) {
      float scale = scales[i % columns];
      assertThat((int) q[i]).isBetween(-64, 64);
      worst = Math.max(worst, Math.abs(w[i] - q[i] * scale) / scale);
    }
    assertThat(worst).isLessThanOrEqualTo(0.5 + 1e-4);
  }

  @Test
  void aTunedTableKeepsZeroPoint128AndItsSizes() {
    String name = "embeddings.token_type_embeddings.weight";
    float[] w = fp32.floats(name);
    Random random = new Random(13);
    for (int i = 0; i < w.length; i++) {
      w[i] += (float) (random.nextGaussian() * 1e-2);
    }
    List<Replacement> delta =
        quantizer.delta(OnnxModelFile.parse(fp32.withFloats(Map.of(name, w))));
    assertThat(delta).extracting(Replacement::name).contains(name + "_scale", name + "_quantized");
    float scale = floats(find(delta, name + "_scale").payload())[0];
    byte[] q = find(delta, name + "_quantized").payload();
    for (int i = 0; i < w.length; i++) {
      assertThat(Math.abs(w[i] - ((q[i] & 0xff) - 128) * scale))
          .isLessThanOrEqualTo(scale * 0.5001f);
    }
  }

  @Test
  void varintsEncodeAsProtobufDoes() {
    assertThat(Int8Quantizer.varints(new int[] {0, 128})).containsExactly(0, 0x80, 0x01);
    assertThat(Int8Quantizer.varints(new int[] {-1})).hasSize(10);
    assertThat(Int8Quantizer.varints(new int[0])).isEmpty();
  }

  @Test
  void refusesAModelWithWeightsTheGraphHasNoPlaceFor() {
    assertThatThrownBy(
            () ->
                quantizer.quantize(OnnxModelFile.parse(OnnxModelFileTest.tinyModel(new float[6]))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no place in the quantized graph: [w]");
  }

  private static String matrixOf(String node) {
    return fp32.nodes().stream()
        .filter(n -> n.name().equals(node))
        .findFirst()
        .orElseThrow()
        .inputs()
        .get(1);
  }

  private static Replacement find(List<Replacement> delta, String name) {
    return delta.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static float[] floats(byte[] bytes) {
    float[] values = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return values;
  }
}
