package dev.crosscheck.server;

import java.util.Objects;

/**
 * What became of one document of an upload.
 *
 * @param id the article id, or null when the record had none
 * @param status {@code added}, {@code duplicate} (the id, or for a store the content, is already
 *     held) or {@code rejected}
 * @param reason why it was not added, or null when it was
 */
public record AddOutcome(String id, String status, String reason) {
  /** Status of an article that was added. */
  public static final String ADDED = "added";

  /** Status of an article that was already held. */
  public static final String DUPLICATE = "duplicate";

  /** Status of a record that could not be read or extracted. */
  public static final String REJECTED = "rejected";

  public AddOutcome {
    Objects.requireNonNull(status, "status");
  }

  static AddOutcome added(String id) {
    return new AddOutcome(id, ADDED, null);
  }

  static AddOutcome duplicate(String id, String reason) {
    return new AddOutcome(id, DUPLICATE, reason);
  }

  static AddOutcome rejected(String id, String reason) {
    return new AddOutcome(id, REJECTED, reason);
  }
}
