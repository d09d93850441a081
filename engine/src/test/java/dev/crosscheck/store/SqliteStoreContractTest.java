package dev.crosscheck.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite store. */
class SqliteStoreContractTest extends StoreContractTest {
  @TempDir Path temp;

  @Override
  String location() {
    return temp.resolve("store.db").toString();
  }
}
