package dev.crosscheck.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.ingest.ArticleRecords;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.report.JsonResultWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JSON API. Reads give the shapes of {@code stories.json}; {@code POST /api/articles} takes a
 * JSON array of article objects (the JSON Lines input format), needs {@code Authorization: Bearer
 * TOKEN}, and answers with one result per article ({@code added}, {@code duplicate} or {@code
 * rejected} with a reason). Status codes: 400 malformed body (field {@code body}), 401 missing or
 * wrong token, 403 uploads disabled (no token configured), 404 unknown id, 413 body too large.
 */
final class ArticleApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ObjectMapper mapper = MAPPER;
  private final JsonResultWriter writer = new JsonResultWriter();
  private final StoryBackend backend;
  private final ServerOptions options;
  private final Supplier<RunView> view;
  private final byte[] token;

  ArticleApi(StoryBackend backend, ServerOptions options, Supplier<RunView> view) {
    this.backend = backend;
    this.options = options;
    this.view = view;
    this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code GET /api/stories}: counts and one summary per story. */
  void stories(Context ctx) {
    RunResult result = view.get().result();
    ObjectNode root = mapper.createObjectNode();
    root.put("articles", result.articles().size());
    root.put("rejected", result.rejected().size());
    ArrayNode stories = root.putArray("stories");
    for (Story s : result.stories()) {
      ObjectNode node = stories.addObject();
      node.put("id", s.id());
      node.put("title", s.title());
      ArrayNode ids = node.putArray("articles");
      s.articles().forEach(ids::add);
      node.put("lineageGroups", s.origins().size());
      node.put("claims", s.claims().size());
      node.put(
          "contradicted",
          s.claims().stream().filter(c -> c.status() == ClaimStatus.CONTRADICTED).count());
    }
    json(ctx, 200, root);
  }

  /** {@code GET /api/stories/{id}}: the story as {@code stories.json} lists it. */
  void story(Context ctx) {
    String id = ctx.pathParam("id");
    Story story = id.length() > CrosscheckServer.MAX_ID_CHARS ? null : view.get().story(id);
    if (story == null) {
      json(ctx, 404, error("id", "not-found", "no story has this id", id));
      return;
    }
    List<Article> articles =
        view.get().articlesOf(story).stream().map(ArticleResult::article).toList();
    json(ctx, 200, writer.story(story, articles));
  }

  /** {@code GET /api/articles/{id}}: the article as {@code articles.jsonl} lists it. */
  void article(Context ctx) {
    String id = ctx.pathParam("id");
    ArticleResult a = id.length() > CrosscheckServer.MAX_ID_CHARS ? null : view.get().article(id);
    if (a == null) {
      json(ctx, 404, error("id", "not-found", "no article has this id", id));
      return;
    }
    ObjectNode node = writer.article(a);
    node.put("text", a.article().text());
    json(ctx, 200, node);
  }

  /** {@code POST /api/articles}: adds a batch and recomputes the stories. */
  void add(Context ctx) throws IOException {
    if (!authorized(ctx)) {
      return;
    }
    byte[] body = boundedBody(ctx);
    if (body == null) {
      return;
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      json(ctx, 400, error("body", "invalid-json", "the body is not valid JSON", null));
      return;
    }
    if (root == null || !root.isArray()) {
      json(ctx, 400, error("body", "not-an-array", "expected a JSON array of articles", null));
      return;
    }
    if (root.isEmpty() || root.size() > options.maxBatch()) {
      String message = "expected 1 to " + options.maxBatch() + " articles";
      json(ctx, 400, error("body", "batch-size", message, root.size()));
      return;
    }
    json(ctx, 200, addAll(root));
  }

  private ObjectNode addAll(JsonNode array) {
    AddOutcome[] outcomes = new AddOutcome[array.size()];
    List<RawDocument> documents = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      ArticleRecords.Result read = ArticleRecords.read("request[" + i + "]", array.get(i));
      if (read.document().isPresent()) {
        documents.add(read.document().get());
        positions.add(i);
      } else {
        JsonNode id = array.get(i).get("id");
        outcomes[i] =
            AddOutcome.rejected(id != null && id.isTextual() ? id.asText() : null, read.reason());
      }
    }
    List<AddOutcome> added = documents.isEmpty() ? List.of() : backend.add(documents);
    for (int k = 0; k < added.size(); k++) {
      outcomes[positions.get(k)] = added.get(k);
    }
    return response(Arrays.asList(outcomes));
  }

  private ObjectNode response(List<AddOutcome> outcomes) {
    ObjectNode root = mapper.createObjectNode();
    root.put("added", count(outcomes, AddOutcome.ADDED));
    root.put("duplicates", count(outcomes, AddOutcome.DUPLICATE));
    root.put("rejected", count(outcomes, AddOutcome.REJECTED));
    ArrayNode results = root.putArray("results");
    for (int i = 0; i < outcomes.size(); i++) {
      AddOutcome o = outcomes.get(i);
      ObjectNode node = results.addObject().put("index", i).put("id", o.id());
      node.put("status", o.status());
      if (o.reason() != null) {
        node.put("reason", o.reason());
      }
    }
    RunResult result = view.get().result();
    root.put("articles", result.articles().size());
    root.put("stories", result.stories().size());
    return root;
  }

  private static long count(List<AddOutcome> outcomes, String status) {
    return outcomes.stream().filter(o -> o.status().equals(status)).count();
  }

  private boolean authorized(Context ctx) {
    if (token == null) {
      json(
          ctx,
          403,
          error(
              "Authorization",
              "uploads-disabled",
              "uploads are disabled: start the server with --token or CROSSCHECK_TOKEN",
              null));
      return false;
    }
    String header = ctx.header("Authorization");
    byte[] given =
        header != null && header.startsWith("Bearer ")
            ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
            : null;
    if (given == null || !MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      json(
          ctx,
          401,
          error(
              "Authorization",
              "unauthorized",
              "a valid 'Authorization: Bearer TOKEN' header is required",
              null));
      return false;
    }
    return true;
  }

  /** Most bytes of an oversized body read and dropped so that its client gets the 413. */
  static final long DRAIN_BYTES = 1 << 20;

  /** The body, or null after answering 413 when it is longer than the limit. */
  private byte[] boundedBody(Context ctx) throws IOException {
    long limit = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      drain(ctx, declared);
      tooLarge(ctx, declared);
      return null;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        tooLarge(ctx, bytes.length);
        return null;
      }
      return bytes;
    }
  }

  /**
   * Reads and drops a modestly oversized body before answering: closing a connection with unread
   * bytes resets it, and the client then loses the 413 it should read.
   */
  private static void drain(Context ctx, long declared) throws IOException {
    if (declared <= DRAIN_BYTES) {
      try (InputStream in = ctx.req().getInputStream()) {
        in.skipNBytes(declared);
      } catch (java.io.EOFException e) {
        // The client sent less than it declared: nothing more to drop.
      }
    }
  }

  private void tooLarge(Context ctx, long size) {
    ctx.header("Connection", "close");
    json(
        ctx,
        413,
        error(
            "body",
            "too-large",
            "the body must be at most " + options.maxBodyBytes() + " bytes",
            size));
  }

  ObjectNode error(String field, String code, String message, Object value) {
    return ApiErrors.of(mapper, field, code, message, value);
  }

  static void json(Context ctx, int status, JsonNode node) {
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8");
    try {
      ctx.result(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
