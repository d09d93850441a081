package dev.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a SQLite store: uploads are kept and found again after a restart. */
class StoreBackendTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void uploadsSurviveARestart() throws Exception {
    String location = folder.resolve("crosscheck.db").toString();
    String body =
        "[{\"id\":\"wire-1\",\"title\":\"Council approves budget\",\"text\":"
            + JSON.writeValueAsString(TestServers.WIRE)
            + "},{\"id\":\"daily-2\",\"title\":\"Budget approved\",\"text\":"
            + JSON.writeValueAsString(TestServers.REWRITE)
            + "},{\"id\":\"empty\",\"text\":\"   \"}]";
    try (StoreBackend backend = StoreBackend.open(new Pipeline(), location, List.of());
        CrosscheckServer server =
            CrosscheckServer.start(backend, ServerOptions.of(0, TestServers.TOKEN))) {
      JsonNode first = JSON.readTree(TestServers.post(server, TestServers.TOKEN, body).body());
      assertThat(first.get("added").asInt()).isEqualTo(2);
      assertThat(first.get("results").get(2).get("status").asText()).isEqualTo("rejected");
      JsonNode again = JSON.readTree(TestServers.post(server, TestServers.TOKEN, body).body());
      assertThat(again.get("duplicates").asInt()).isEqualTo(2);
    }
    StoreBackend reopened = StoreBackend.open(new Pipeline(), location, List.of());
    try (CrosscheckServer server = CrosscheckServer.start(reopened, ServerOptions.of(0, null))) {
      JsonNode article = JSON.readTree(TestServers.get(server, "/api/articles/daily-2").body());
      assertThat(article.get("derivedFrom").asText()).isEqualTo("wire-1");
      assertThat(reopened.describe()).contains("2 articles");
    } finally {
      reopened.close();
    }
  }
}
