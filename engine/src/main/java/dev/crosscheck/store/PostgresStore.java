package dev.crosscheck.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A store on a PostgreSQL server, in the connection's current schema (set it with {@code
 * currentSchema=…}). Writers are serialized by a transaction-scoped advisory lock, so several
 * processes may ingest into one store; readers see one snapshot per call (repeatable read).
 */
final class PostgresStore extends JdbcStore {
  /** Prefixes of a PostgreSQL location: a libpq-style URI or a JDBC URL. */
  static final String URI_PREFIX = "postgresql://";

  static final String SHORT_URI_PREFIX = "postgres://";
  static final String JDBC_PREFIX = "jdbc:postgresql://";

  /** The advisory lock key that writers of a Crosscheck store hold ("ccstore" in ASCII). */
  static final long WRITE_LOCK_KEY = 0x6363_7374_6f72_65L;

  private static final String DISK_FULL = "53100";
  private static final String CONNECTION_CLASS = "08";

  private PostgresStore(Connection connection, String description) {
    super(connection, description);
  }

  /** Whether {@code location} names a PostgreSQL server. */
  static boolean accepts(String location) {
    return location.startsWith(URI_PREFIX)
        || location.startsWith(SHORT_URI_PREFIX)
        || location.startsWith(JDBC_PREFIX);
  }

  /** Opens the store at {@code location}, creating its tables when the schema has none. */
  static PostgresStore open(String location) {
    Properties properties = new Properties();
    String url = jdbcUrl(location, properties);
    String description = redacted(url);
    Connection c;
    try {
      c = DriverManager.getConnection(url, properties);
      c.setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot reach " + description + ": " + e.getMessage(), e);
    }
    PostgresStore store = new PostgresStore(c, description);
    try {
      store.initialize(true);
      return store;
    } catch (RuntimeException e) {
      try {
        store.close();
      } catch (StoreException ignored) {
        // Already failing: the first error is the one to report.
      }
      throw e;
    }
  }

  /** The JDBC URL for {@code location}; a user and password in it move to {@code properties}. */
  static String jdbcUrl(String location, Properties properties) {
    String rest = location.substring(location.indexOf("://") + 3);
    URI uri;
    try {
      uri = new URI("postgresql://" + rest);
    } catch (URISyntaxException e) {
      throw new StoreException("store location " + redacted(location) + " is not a valid URL");
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) {
      return "jdbc:postgresql://" + rest;
    }
    int colon = userInfo.indexOf(':');
    properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
    if (colon >= 0) {
      properties.setProperty("password", decode(userInfo.substring(colon + 1)));
    }
    return "jdbc:postgresql://" + rest.substring(rest.indexOf('@') + 1);
  }

  /** {@code url} without a password, fit for messages. */
  static String redacted(String url) {
    return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  String seqType() {
    return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
  }

  @Override
  String blobType() {
    return "BYTEA";
  }

  @Override
  boolean tableExists(Connection c, String table) throws SQLException {
    try (var p =
        c.prepareStatement(
            "SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  @Override
  void beginRead(Connection c) throws SQLException {
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
  }

  @Override
  void beginWrite(Connection c) throws SQLException {
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
    }
  }

  @Override
  StoreException translate(SQLException e, String action) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message;
    if (DISK_FULL.equals(state)) {
      message = describe() + " is full (the server's disk): " + action + " was rolled back";
    } else if (state.startsWith(CONNECTION_CLASS)) {
      message = "lost " + describe() + " during " + action + ": " + e.getMessage();
    } else {
      message = describe() + ": " + action + " failed: " + e.getMessage();
    }
    return new StoreException(message, e);
  }
}
