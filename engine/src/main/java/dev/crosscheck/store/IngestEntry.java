package dev.crosscheck.store;

import java.util.Objects;

/**
 * One line of a store's ingest log.
 *
 * @param input the path, or {@code path:line} for a JSON Lines record
 * @param articleId the article's id; for a duplicate, the id of the article already stored; null
 *     for a rejection
 * @param status what became of the input
 * @param reason why it was not stored, or null when accepted
 */
public record IngestEntry(String input, String articleId, IngestStatus status, String reason) {
  public IngestEntry {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
  }
}
