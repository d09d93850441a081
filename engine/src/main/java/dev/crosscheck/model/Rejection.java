package dev.crosscheck.model;

import java.util.Objects;

/**
 * An input that was not processed, and why.
 *
 * @param input the path, or {@code path:line} for a JSON Lines record
 * @param reason one line a person understands: what was wrong and what was expected
 */
public record Rejection(String input, String reason) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
