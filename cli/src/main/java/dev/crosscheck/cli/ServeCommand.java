package dev.crosscheck.cli;

import dev.crosscheck.server.CrosscheckServer;
import dev.crosscheck.server.MemoryBackend;
import dev.crosscheck.server.ServerOptions;
import dev.crosscheck.server.StoreBackend;
import dev.crosscheck.server.StoryBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders to read at start (as for run); required unless --store is given")
  List<Path> inputs;

  @Option(names = "--store", paramLabel = "LOCATION", description = StoreOption.DESCRIPTION)
  String store;

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

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (inputs == null && store == null) {
      throw new UsageException("Missing required option: '--input=PATH' (or --store)");
    }
    ServerOptions options;
    try {
      String t = token == null || token.isEmpty() ? null : token;
      options = new ServerOptions(host, port, t, maxBodyBytes, ServerOptions.DEFAULT_MAX_BATCH);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    StoryBackend backend =
        store == null
            ? MemoryBackend.of(inputs)
            : StoreBackend.open(store, inputs == null ? List.of() : inputs);
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
