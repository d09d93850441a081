package dev.crosscheck.cli;

import static dev.crosscheck.cli.Cli.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck serve} as a user runs it: a child JVM on the test classpath that serves until
 * it is stopped (SIGTERM), so the blocking call and the shutdown hook are exercised too.
 */
class ServeProcessTest {
  private static final Pattern SERVING =
      Pattern.compile("^serving .* on http://127\\.0\\.0\\.1:(\\d+)/");

  /** The bundled example: its rewrites leave pairs in the story model's band. */
  private static final Path CORPUS = Path.of("../examples/corpus");

  @TempDir Path temp;

  @Test
  void servesTheStoriesRunCutsWithTheStoryModel() throws Exception {
    Cli.Result run =
        Cli.execute(
            args("run", "--input", CORPUS, "--output", temp.resolve("out"), "--story-model"));
    assertThat(run.exit()).as(run.toString()).isZero();

    Process serve = child("serve", "--input", CORPUS.toString(), "--port", "0", "--story-model");
    try {
      List<String> lines = new ArrayList<>();
      int port = -1;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            port = Integer.parseInt(m.group(1));
            break;
          }
        }
        assertThat(port)
            .as(
                "%s; %s; stderr: %s",
                lines, serve.isAlive() ? "alive" : "exit " + serve.exitValue(), stderr())
            .isPositive();
        assertThat(lines).anyMatch(l -> l.matches("story-model pairs read: [1-9]\\d*"));

        HttpResponse<String> stories =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(stories.statusCode()).isEqualTo(200);
        assertThat(groups(Cli.JSON.readTree(stories.body()).get("stories")))
            .isEqualTo(groups(Cli.readJson(temp.resolve("out/stories.json")).get("stories")));
      }
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    } finally {
      serve.destroyForcibly();
    }
  }

  /** Each story's article ids, sorted; the stories sorted. */
  private static TreeSet<String> groups(JsonNode stories) {
    assertThat(stories).isNotNull();
    TreeSet<String> groups = new TreeSet<>();
    for (JsonNode story : stories) {
      TreeSet<String> ids = new TreeSet<>();
      for (JsonNode article : story.get("articles")) {
        ids.add(article.asText());
      }
      groups.add(String.join(" ", ids));
    }
    return groups;
  }

  private String stderr() throws IOException {
    Path log = temp.resolve("child-err.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private Process child(String... args) throws IOException {
    List<String> command = Cli.childMain();
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(temp.resolve("child-err.log").toFile())
        .start();
  }
}
