package dev.crosscheck.server;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind; loopback unless deliberately exposed
 * @param port the port, 0 for any free one
 * @param token the bearer token that allows uploads, or null to disable them
 * @param maxBodyBytes the largest upload body accepted, in bytes
 * @param maxBatch the most articles one upload may hold
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxBatch) {

  /** The address bound unless another is asked for. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The largest upload body: 5 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  /** The most articles in one upload. */
  public static final int DEFAULT_MAX_BATCH = 1_000;

  /** Tokens shorter than this are refused: they are guessable. */
  public static final int MIN_TOKEN_CHARS = 16;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host (" + host + ") must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port (" + port + ") must be in [0, 65535]");
    }
    if (token != null && token.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException(
          "token (" + token.length() + " characters) must have at least " + MIN_TOKEN_CHARS);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes (" + maxBodyBytes + ") must be > 0");
    }
    if (maxBatch <= 0) {
      throw new IllegalArgumentException("maxBatch (" + maxBatch + ") must be > 0");
    }
  }

  /** Loopback, the given port and token, default limits. */
  public static ServerOptions of(int port, String token) {
    return new ServerOptions(DEFAULT_HOST, port, token, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH);
  }
}
