package dev.crosscheck.server;

import static dev.crosscheck.server.TestServers.TOKEN;
import static dev.crosscheck.server.TestServers.get;
import static dev.crosscheck.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.report.HtmlReportWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API and pages of a real server on a free loopback port. */
class CrosscheckServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SMALL_LIMIT = 4_000;

  private static CrosscheckServer server;
  private static CrosscheckServer closed;

  @BeforeAll
  static void start() {
    server =
        CrosscheckServer.start(
            TestServers.smallBackend(),
            new ServerOptions(ServerOptions.DEFAULT_HOST, 0, TOKEN, SMALL_LIMIT, 3));
    closed = CrosscheckServer.start(TestServers.smallBackend(), ServerOptions.of(0, null));
  }

  @AfterAll
  static void stop() {
    server.close();
    closed.close();
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  private static void assertFieldError(
      HttpResponse<String> r, int status, String field, String code) throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    JsonNode error = json(r).get(field).get(0);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.has("value")).isTrue();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void storiesListsEveryStoryWithCounts() throws Exception {
    JsonNode root = json(get(server, "/api/stories"));

    assertThat(root.get("articles").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode story = root.get("stories").get(0);
    assertThat(story.fieldNames())
        .toIterable()
        .contains("id", "title", "articles", "lineageGroups", "claims", "contradicted");
  }

  @Test
  void storyAndArticleHaveTheContractShapes() throws Exception {
    String id = json(get(server, "/api/articles/daily-2")).get("story").asText();
    JsonNode story = json(get(server, "/api/stories/" + id));
    JsonNode article = json(get(server, "/api/articles/daily-2"));

    assertThat(story.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "title",
            "articles",
            "origins",
            "first",
            "last",
            "outlets",
            "entities",
            "facts",
            "brief",
            "claims");
    assertThat(story.get("facts").fieldNames())
        .toIterable()
        .containsExactly("who", "what", "where", "when");
    assertThat(story.get("facts").get("when").get("first").asText())
        .isEqualTo(story.get("first").asText());
    assertThat(story.get("articles")).extracting(JsonNode::asText).contains("wire-1", "daily-2");
    assertThat(article.get("derivedFrom").asText()).isEqualTo("wire-1");
    assertThat(article.get("text").asText()).startsWith("The council approved");
  }

  @Test
  void unknownIdsAndPathsAre404Json() throws Exception {
    assertFieldError(get(server, "/api/stories/nope"), 404, "id", "not-found");
    assertFieldError(get(server, "/api/articles/nope"), 404, "id", "not-found");
    assertFieldError(get(server, "/api/nothing"), 404, "path", "not-found");
    HttpResponse<String> page = get(server, "/stories/nope");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("There is no story with this id.");
  }

  @Test
  void uploadsWithoutAConfiguredTokenAreForbidden() throws Exception {
    assertFieldError(post(closed, TOKEN, "[]"), 403, "Authorization", "uploads-disabled");
  }

  @Test
  void uploadsNeedTheRightBearerToken() throws Exception {
    HttpResponse<String> none = post(server, null, "[]");
    assertFieldError(none, 401, "Authorization", "unauthorized");
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertFieldError(post(server, TOKEN + "x", "[]"), 401, "Authorization", "unauthorized");
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    String big = "[{\"id\":\"big\",\"text\":\"" + "word ".repeat(SMALL_LIMIT) + "\"}]";
    assertFieldError(post(server, TOKEN, big), 413, "body", "too-large");
  }

  @Test
  void malformedBodiesAre400WithTheFieldShape() throws Exception {
    assertFieldError(post(server, TOKEN, "{not json"), 400, "body", "invalid-json");
    assertFieldError(post(server, TOKEN, "{\"id\":\"x\"}"), 400, "body", "not-an-array");
    assertFieldError(post(server, TOKEN, "[]"), 400, "body", "batch-size");
    HttpResponse<String> many = post(server, TOKEN, "[{},{},{},{}]");
    assertFieldError(many, 400, "body", "batch-size");
    assertThat(json(many).get("body").get(0).get("value").asInt()).isEqualTo(4);
  }

  @Test
  void uploadsReportEachArticleAndRecomputeStories() throws Exception {
    String body =
        "[{\"id\":\"posted-3\",\"title\":\"Budget passes\",\"text\":"
            + JSON.writeValueAsString(TestServers.WIRE)
            + "},{\"id\":\"no-text\"},7]";
    JsonNode root = json(post(server, TOKEN, body));

    assertThat(root.get("added").asInt()).isEqualTo(1);
    assertThat(root.get("rejected").asInt()).isEqualTo(2);
    assertThat(root.get("results").get(0).get("status").asText()).isEqualTo("added");
    assertThat(root.get("results").get(1).get("id").asText()).isEqualTo("no-text");
    assertThat(root.get("results").get(1).get("reason").asText()).contains("text");
    assertThat(root.get("results").get(2).get("status").asText()).isEqualTo("rejected");
    JsonNode posted = json(get(server, "/api/articles/posted-3"));
    assertThat(posted.get("story").asText()).isNotEmpty();
    assertThat(posted.get("role").asText()).isIn("copy", "original", "rewrite");

    JsonNode again = json(post(server, TOKEN, body));
    assertThat(again.get("results").get(0).get("status").asText()).isEqualTo("duplicate");
  }

  @Test
  void pagesAreServedWithAStrictPolicyAndNoScript() throws Exception {
    String story = json(get(server, "/api/articles/daily-2")).get("story").asText();
    for (String path :
        List.of(
            "/",
            "/report",
            "/stories/" + story,
            "/articles/daily-2",
            "/compare?source=wire-1&compared=daily-2")) {
      HttpResponse<String> page = get(server, path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).startsWith("default-src 'none'").doesNotContain("unsafe").contains("sha256-");
      Document doc = Jsoup.parse(page.body());
      assertThat(doc.select("script, iframe, object, embed, form")).as(path).isEmpty();
      assertThat(doc.select("style")).hasSize(1);
      assertThat(csp).contains(hash(doc.selectFirst("style").data()));
      assertThat(doc.select("nav.site a").eachAttr("href")).containsExactly("/", "/report");
    }
  }

  @Test
  void comparePageShowsAlignedSentences() throws Exception {
    Document doc = Jsoup.parse(get(server, "/compare?source=wire-1&compared=daily-2").body());

    assertThat(doc.select("tr.row-copied")).isNotEmpty();
    assertThat(doc.select("tr.row-changed")).isNotEmpty();
    assertThat(doc.select("tr.row-filler").text()).contains("underscores");
    assertThat(get(server, "/compare?source=wire-1").statusCode()).isEqualTo(404);
  }

  @Test
  void optionsRejectBadValues() {
    assertThatThrownBy(() -> ServerOptions.of(70_000, null)).hasMessageContaining("port (70000)");
    assertThatThrownBy(() -> ServerOptions.of(0, "short"))
        .hasMessageContaining("at least " + ServerOptions.MIN_TOKEN_CHARS);
    assertThat(ServerOptions.of(0, null).host()).isEqualTo("127.0.0.1");
  }

  private static String hash(String css) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
    String source = "sha256-" + Base64.getEncoder().encodeToString(digest);
    assertThat(HtmlReportWriter.styleHashSource()).contains(source);
    return source;
  }
}
