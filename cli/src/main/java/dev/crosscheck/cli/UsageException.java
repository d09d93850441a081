package dev.crosscheck.cli;

/** A usage error found after parsing (an output folder that cannot be written, ...): exit 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
