package dev.crosscheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file in WAL mode with full syncs, so that a committed batch
 * survives a crash or a power cut. A new store is built under a temporary name and linked into
 * place, so that a file at the path is always a whole store. An existing file is checked (header,
 * {@code PRAGMA quick_check}, magic, version) and refused, never repaired, when anything is wrong.
 */
final class SqliteStore extends JdbcStore {
  /** How long a writer waits for another process's write to finish, in milliseconds. */
  static final int BUSY_TIMEOUT_MILLIS = 60_000;

  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int PRIMARY_CODE_MASK = 0xff;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_NOTADB = 26;

  private SqliteStore(Connection connection, String description) {
    super(connection, description);
  }

  /** Opens the store in {@code file}, creating it (and its folder) when there is no such file. */
  static SqliteStore open(Path file) {
    if (Files.isDirectory(file)) {
      throw new StoreException(file + " is a folder, expected a store file");
    }
    if (!Files.exists(file)) {
      create(file);
    }
    checkHeader(file);
    SqliteStore store = connect(file, file.toString(), false);
    try {
      store.quickCheck();
      store.initialize(false);
      return store;
    } catch (RuntimeException e) {
      store.closeQuietly();
      throw e;
    }
  }

  private static void create(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    Path temp = folder.resolve("." + file.getFileName() + ".new-" + UUID.randomUUID());
    try {
      Files.createDirectories(folder);
      try (SqliteStore store = connect(temp, file.toString(), true)) {
        store.initialize(true);
      }
      // A hard link fails when another process created the store meanwhile: keep theirs.
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException e) {
      // Another process won the race; its store is whole, and ours is dropped below.
    } catch (IOException | UnsupportedOperationException e) {
      throw new StoreException("cannot create store " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void checkHeader(Path file) {
    byte[] head = new byte[HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new StoreException("cannot read store " + file + ": " + e.getMessage(), e);
    }
    if (read < head.length || !Arrays.equals(head, HEADER)) {
      throw new StoreException(file + " is not a Crosscheck store (not an SQLite database)");
    }
  }

  /**
   * A connection to {@code file}; {@code create} sets WAL mode, a property of the file that is set
   * once, at creation, and never on a file that may not be ours.
   */
  private static SqliteStore connect(Path file, String description, boolean create) {
    SQLiteConfig config = new SQLiteConfig();
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    try {
      Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      if (create) {
        exec(c, "PRAGMA journal_mode = WAL");
      }
      return new SqliteStore(c, description);
    } catch (SQLException e) {
      throw translate(e, description, "open");
    }
  }

  private void quickCheck() {
    List<String> problems =
        read(
            "check",
            c -> {
              List<String> lines = new ArrayList<>();
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                while (r.next()) {
                  lines.add(r.getString(1));
                }
              }
              return lines;
            });
    if (!problems.equals(List.of("ok"))) {
      throw new StoreException(
          describe()
              + " is corrupt ("
              + problems.get(0)
              + "); it was left as it is: restore it"
              + " from a backup");
    }
  }

  @Override
  String seqType() {
    return "INTEGER PRIMARY KEY AUTOINCREMENT";
  }

  @Override
  String blobType() {
    return "BLOB";
  }

  @Override
  boolean tableExists(Connection c, String table) throws SQLException {
    try (var p =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  // The driver stays in auto-commit mode and the transactions are explicit: in its own
  // transaction mode it would begin the next transaction at once and hold a lock between calls.
  @Override
  void beginRead(Connection c) throws SQLException {
    exec(c, "BEGIN DEFERRED");
  }

  @Override
  void beginWrite(Connection c) throws SQLException {
    exec(c, "BEGIN IMMEDIATE");
  }

  @Override
  void commit(Connection c) throws SQLException {
    exec(c, "COMMIT");
  }

  @Override
  void rollback(Connection c) throws SQLException {
    exec(c, "ROLLBACK");
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  StoreException translate(SQLException e, String action) {
    return translate(e, describe(), action);
  }

  private static StoreException translate(SQLException e, String description, String action) {
    int code =
        (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode())
            & PRIMARY_CODE_MASK;
    String message =
        switch (code) {
          case SQLITE_FULL ->
              description
                  + " is full (the disk or the store's size limit): "
                  + action
                  + " was rolled back and the store is intact";
          case SQLITE_CORRUPT, SQLITE_NOTADB ->
              description
                  + " is corrupt or not a Crosscheck store"
                  + " ("
                  + e.getMessage()
                  + "); it was left as it is: restore it from a backup";
          case SQLITE_BUSY, SQLITE_LOCKED ->
              description
                  + " is busy: another process held it for over "
                  + BUSY_TIMEOUT_MILLIS / 1000
                  + " s ("
                  + action
                  + ")";
          case SQLITE_READONLY -> description + " is read-only: cannot " + action;
          default -> description + ": " + action + " failed: " + e.getMessage();
        };
    return new StoreException(message, e);
  }

  private void closeQuietly() {
    try {
      close();
    } catch (StoreException ignored) {
      // Already failing: the first error is the one to report.
    }
  }

  private static void deleteQuietly(Path temp) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
      } catch (IOException ignored) {
        // A leftover temporary file is hidden and harmless; the store itself is whole.
      }
    }
  }
}
