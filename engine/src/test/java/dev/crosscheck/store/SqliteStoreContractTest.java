package dev.crosscheck.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite store. */
class SqliteStoreContractTest extends StoreContractTest {
  @TempDir Path temp;

  @Override
  String location() {
    return temp.resolve("store.db").toString();
  }

  @Override
  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + location());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
    }
    return c;
  }

  @Override
  String seqType() {
    return "INTEGER PRIMARY KEY AUTOINCREMENT";
  }
}
