package dev.crosscheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server, each test in a schema of its own. Skipped unless
 * {@value #URL_VARIABLE} holds a JDBC URL of a server where the user may create schemas ({@code
 * .ci/run} starts one and sets it).
 */
class PostgresStoreContractTest extends StoreContractTest {
  /** The environment variable holding the server's JDBC URL. */
  static final String URL_VARIABLE = "CROSSCHECK_TEST_POSTGRES";

  String schema;

  @BeforeAll
  static void needsServer() {
    Assumptions.assumeTrue(
        server() != null,
        URL_VARIABLE + " is not set: PostgreSQL store tests skipped (.ci/run starts a server)");
  }

  static String server() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  @BeforeEach
  void createSchema() throws SQLException {
    schema = "cc_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    sql("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    sql("DROP SCHEMA " + schema + " CASCADE");
  }

  @Override
  String location() {
    String url = server();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(location());
    return c;
  }

  @Override
  String seqType() {
    return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
  }

  static void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(server());
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
