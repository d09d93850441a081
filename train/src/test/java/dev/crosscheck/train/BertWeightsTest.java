package dev.crosscheck.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BertWeightsTest {
  @Test
  void mapsEveryMiniLmParameter() {
    BertWeights weights = BertWeights.read(OnnxModelFile.parse(BaseEncoder.MINILM_L6.model()));
    assertThat(weights.layers()).isEqualTo(6);
    assertThat(weights.hidden()).isEqualTo(384);
    assertThat(weights.tensors()).hasSize(5 + 6 * 16);
    BertWeights.Tensor query = weights.tensors().get("encoder.layer.0.attention.self.query.weight");
    assertThat(query.onnxName()).startsWith("onnx::MatMul_");
    assertThat(query.shape()).containsExactly(384, 384);
    assertThat(weights.tensors().get("encoder.layer.5.intermediate.dense.weight").shape())
        .containsExactly(384, 1536);
    assertThat(weights.tensors().get("encoder.layer.5.output.dense.weight").shape())
        .containsExactly(1536, 384);
  }

  @Test
  void namesTheMissingParameter() {
    byte[] tiny = OnnxModelFileTest.tinyModel(new float[6]);
    assertThatThrownBy(() -> BertWeights.read(OnnxModelFile.parse(tiny)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the model has no weights for embeddings.");
  }
}
