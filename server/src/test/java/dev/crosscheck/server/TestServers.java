package dev.crosscheck.server;

import dev.crosscheck.model.Article;
import dev.crosscheck.pipeline.Pipeline;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** Fixtures for server tests: a small hand-made run, the bundled example, an HTTP client. */
final class TestServers {
  /** A token long enough for {@link ServerOptions}. */
  static final String TOKEN = "test-token-0123456789";

  /** The bundled example corpus, from the server module's folder. */
  static final Path EXAMPLE = Path.of("../examples/corpus");

  static final String WIRE =
      "The council approved the new city budget on Monday evening after a long debate.\n\n"
          + "Property taxes will rise by two percent next year, the finance office said.\n\n"
          + "The mayor did not attend the session because of a scheduling conflict.\n\n"
          + "The budget includes 40 million for road repairs across the northern districts.";

  static final String REWRITE =
      "The council approved the new city budget on Monday evening after a long debate.\n\n"
          + "Property taxes will rise by 2 percent from next year, the finance office said.\n\n"
          + "The budget includes 40 million for road repairs across the northern districts.\n\n"
          + "This decision underscores the importance of fiscal resilience in times like these.";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private TestServers() {}

  static List<Article> articles() {
    return List.of(
        article("wire-1", "Council approves budget", "Wire", "2025-03-03", WIRE),
        article("daily-2", "Budget approved, taxes up", "Daily", "2025-03-04", REWRITE));
  }

  static Article article(String id, String title, String source, String date, String text) {
    return new Article(id, id + ".txt", title, null, source, null, date, "en", text);
  }

  static MemoryBackend smallBackend() {
    return new MemoryBackend(new Pipeline(), articles(), List.of(), 1_000);
  }

  static HttpResponse<String> get(CrosscheckServer server, String path)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(server, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(CrosscheckServer server, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(server, "/api/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(CrosscheckServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
