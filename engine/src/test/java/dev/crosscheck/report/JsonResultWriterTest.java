package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonResultWriterTest {
  private final JsonResultWriter writer = new JsonResultWriter();

  @Test
  void claimsSayWhetherOnlyOneLineageGroupCarriesThem() throws Exception {
    JsonNode root = new ObjectMapper().readTree(writer.stories(SampleRun.build()));
    JsonNode flood = root.get("stories").get(1);
    List<String> unsupported = new ArrayList<>();
    for (JsonNode claim : flood.get("claims")) {
      assertThat(claim.get("unsupported").isBoolean()).isTrue();
      if (claim.get("unsupported").asBoolean()) {
        unsupported.add(claim.get("text").asText());
      }
    }
    assertThat(unsupported).containsExactly("Residents are worried.");
  }

  @Test
  void theAdditionComesAfterTheContractFields() throws Exception {
    JsonNode claim =
        new ObjectMapper().readTree(writer.stories(SampleRun.build())).at("/stories/1/claims/0");
    List<String> names = new ArrayList<>();
    claim.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "text", "sources", "independentSources", "status", "conflicts", "unsupported");
  }
}
