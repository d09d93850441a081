package dev.crosscheck.ingest;

/** Signals, inside this package, that an input cannot be read; the message is the reason shown. */
final class InputRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  InputRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
