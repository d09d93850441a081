package dev.crosscheck.store;

/**
 * A store that cannot be opened or written: not a Crosscheck store, corrupt, made by a newer
 * version, full, or unreachable. The message is one line a person understands and names the store.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
