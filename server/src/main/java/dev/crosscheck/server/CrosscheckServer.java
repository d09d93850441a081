package dev.crosscheck.server;

import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.report.HtmlReportWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Crosscheck web server: HTML views and a JSON API over a {@link StoryBackend}.
 *
 * <p>Pages: {@code /} (stories), {@code /stories/{id}}, {@code /articles/{id}}, {@code
 * /compare?source=&compared=} (two articles side by side) and {@code /report} (the whole report).
 * API: {@code GET /api/stories}, {@code GET /api/stories/{id}}, {@code GET /api/articles/{id}} and
 * {@code POST /api/articles} (see {@link ArticleApi}). Every response carries a strict
 * Content-Security-Policy (no script at all; only the report's own style sheet), and errors never
 * show a stack trace. Start with {@link #start}, stop with {@link #close}.
 */
public final class CrosscheckServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrosscheckServer.class);

  /** Ids longer than this are not looked up: no stored id is that long in practice. */
  static final int MAX_ID_CHARS = 2_000;

  /** Rendered pages kept per state of the run; beyond it pages are rendered on each request. */
  static final int MAX_CACHED_PAGES = 512;

  /** The path prefix of story pages, also their cache key prefix. */
  static final String STORY_PAGE = "/stories/";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src "
          + HtmlReportWriter.styleHashSource()
          + "; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final StoryBackend backend;
  private final Pages pages = new Pages();
  private final ArticleApi api;
  private final Javalin app;
  private volatile State state;

  /** The run as last read from the backend, with its indexes and rendered pages. */
  private record State(RunView view, Map<String, String> pages) {}

  private CrosscheckServer(StoryBackend backend, ServerOptions options) {
    this.backend = backend;
    this.api = new ArticleApi(backend, options, this::view);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxBodyBytes();
              config.routes.before(this::secure);
              config.routes.get("/", ctx -> html(ctx, page("/", () -> pages.storyList(view()))));
              config.routes.get(
                  "/report", ctx -> html(ctx, page("/report", () -> pages.report(view()))));
              config.routes.get("/stories/{id}", this::storyPage);
              config.routes.get("/articles/{id}", this::articlePage);
              config.routes.get("/compare", this::comparePage);
              config.routes.get("/api/stories", api::stories);
              config.routes.get("/api/stories/{id}", api::story);
              config.routes.get("/api/articles/{id}", api::article);
              config.routes.post("/api/articles", api::add);
              config.routes.exception(HttpResponseException.class, this::httpError);
              config.routes.exception(Exception.class, this::failed);
            });
  }

  /**
   * Starts a server on {@code options.host():options.port()} (port 0: any free port).
   *
   * @throws NullPointerException when an argument is null
   */
  public static CrosscheckServer start(StoryBackend backend, ServerOptions options) {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(options, "options");
    CrosscheckServer server = new CrosscheckServer(backend, options);
    server.app.start();
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The current view of the run: rebuilt when the backend's result changed. */
  RunView view() {
    State s = state;
    var result = backend.result();
    if (s == null || s.view().result() != result) {
      RunView view = new RunView(result);
      s = new State(view, storyPagesKept(s, view));
      state = s;
    }
    return s.view();
  }

  /**
   * The rendered story pages of {@code old} whose story and articles are the same in {@code now}:
   * an upload recomputes only the stories it touches, and rendering the others again on every
   * upload would starve the readers.
   */
  private static Map<String, String> storyPagesKept(State old, RunView now) {
    Map<String, String> kept = new ConcurrentHashMap<>();
    if (old == null) {
      return kept;
    }
    old.pages()
        .forEach(
            (key, page) -> {
              if (key.startsWith(STORY_PAGE)) {
                String id = key.substring(STORY_PAGE.length());
                Story before = old.view().story(id);
                Story after = now.story(id);
                if (before != null
                    && after != null
                    && old.view().only(before).equals(now.only(after))) {
                  kept.put(key, page);
                }
              }
            });
    return kept;
  }

  private String page(String key, Supplier<String> render) {
    view();
    Map<String, String> cache = state.pages();
    String cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    String page = render.get();
    if (cache.size() < MAX_CACHED_PAGES) {
      cache.put(key, page);
    }
    return page;
  }

  private void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
  }

  private void storyPage(Context ctx) {
    String id = ctx.pathParam("id");
    RunView view = view();
    Story story = id.length() > MAX_ID_CHARS ? null : view.story(id);
    if (story == null) {
      missing(ctx, "There is no story with this id.");
      return;
    }
    html(ctx, page(STORY_PAGE + id, () -> pages.story(view, story)));
  }

  private void articlePage(Context ctx) {
    String id = ctx.pathParam("id");
    RunView view = view();
    ArticleResult article = id.length() > MAX_ID_CHARS ? null : view.article(id);
    if (article == null) {
      missing(ctx, "There is no article with this id.");
      return;
    }
    html(ctx, pages.article(view, article));
  }

  private void comparePage(Context ctx) {
    RunView view = view();
    ArticleResult source = lookUp(view, ctx.queryParam("source"));
    ArticleResult compared = lookUp(view, ctx.queryParam("compared"));
    if (source == null || compared == null) {
      missing(ctx, "Both articles to compare must exist: ?source=ID&compared=ID.");
      return;
    }
    html(ctx, pages.compare(source, compared));
  }

  private static ArticleResult lookUp(RunView view, String id) {
    return id == null || id.length() > MAX_ID_CHARS ? null : view.article(id);
  }

  private void missing(Context ctx, String what) {
    ctx.status(404);
    html(ctx, pages.notFound(what));
  }

  /** Javalin's own refusals (no such route, method not allowed, body too large) in our shapes. */
  private void httpError(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) {
      notFound(ctx);
      return;
    }
    String code = e.getStatus() == 413 ? "too-large" : "refused";
    ArticleApi.json(ctx, e.getStatus(), api.error("request", code, e.getMessage(), null));
  }

  private void notFound(Context ctx) {
    ctx.status(404);
    if (ctx.path().startsWith("/api/")) {
      ArticleApi.json(ctx, 404, api.error("path", "not-found", "no such endpoint", ctx.path()));
    } else {
      html(ctx, pages.notFound("There is no page at this address."));
    }
  }

  private void failed(Exception e, Context ctx) {
    LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
    ArticleApi.json(
        ctx, 500, api.error("server", "internal-error", "the server could not answer", null));
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(page);
  }
}
