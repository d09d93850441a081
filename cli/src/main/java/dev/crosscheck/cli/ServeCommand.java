package dev.crosscheck.cli;

import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.server.CrosscheckServer;
import dev.crosscheck.server.MemoryBackend;
import dev.crosscheck.server.ServerOptions;
import dev.crosscheck.server.StoreBackend;
import dev.crosscheck.server.StoryBackend;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck serve}: the web UI and JSON API over a run, until the process is stopped. The
 * articles live in memory ({@code --input}) or in a store ({@code --store}, with any {@code
 * --input} ingested into it first). Uploads ({@code POST /api/articles}) need the bearer token
 * given with {@code --token} or {@code CROSSCHECK_TOKEN}; without one they are refused.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the stories as web pages and a JSON API (loopback by default).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Mixin StoryModelOption storyModel;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerOptions.DEFAULT_HOST,
      paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only)")
  String host;

  @Option(
      names = "--token",
      defaultValue = "${env:CROSSCHECK_TOKEN}",
      paramLabel = "TOKEN",
      description =
          "Bearer token allowing POST /api/articles (default: $CROSSCHECK_TOKEN; none: uploads"
              + " are refused)")
  String token;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES,
      paramLabel = "N",
      description = "Largest upload body accepted (default: ${DEFAULT-VALUE})")
  long maxBodyBytes;

  @Override
  public Integer call() throws Exception {
    source.check();
    ServerOptions options;
    try {
      String t = token == null || token.isEmpty() ? null : token;
      options = new ServerOptions(host, port, t, maxBodyBytes, ServerOptions.DEFAULT_MAX_BATCH);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Pipeline pipeline = storyModel.pipeline();
    StoryBackend backend =
        source.store == null
            ? MemoryBackend.of(pipeline, source.inputs)
            : StoreBackend.open(pipeline, source.store, source.inputsOrEmpty());
    CrosscheckServer server = CrosscheckServer.start(backend, options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  backend.close();
                  stopped.countDown();
                }));
    // The pairs the story model read while the first stories were cut: the model is in use.
    storyModel.printPairsRead(spec.commandLine().getOut(), pipeline.scorer());
    spec.commandLine()
        .getOut()
        .printf(
            "serving %s on http://%s:%d/ (uploads %s)%n",
            backend.describe(),
            host.contains(":") ? "[" + host + "]" : host,
            server.port(),
            options.token() == null ? "disabled" : "enabled");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
