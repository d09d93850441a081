package dev.crosscheck.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a store lives, as a user writes it: a file path for the embedded SQLite store, or {@code
 * postgresql://[user[:password]@]host[:port]/db[?…]} / {@code jdbc:postgresql://…} for a server.
 */
record StoreLocation(String location) {
  StoreLocation {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("store location (" + location + ") must not be blank");
    }
  }

  static StoreLocation parse(String location) {
    return new StoreLocation(location);
  }

  boolean isPostgres() {
    return PostgresStore.accepts(location);
  }

  Store open() {
    if (isPostgres()) {
      return PostgresStore.open(location);
    }
    try {
      return SqliteStore.open(Path.of(location));
    } catch (InvalidPathException e) {
      throw new StoreException("store location " + location + " is not a valid path");
    }
  }
}
