package dev.crosscheck.store;

import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import java.util.List;
import java.util.Optional;

/**
 * Where articles and their stories are kept between runs. Every method is one transaction: a
 * process killed at any point leaves the store as it was before or after that call, never in
 * between.
 *
 * <p>Implementations are thread-safe (calls are serialized on one connection) and several processes
 * may share one store: duplicates are caught by unique keys, and stories are replaced under a lock.
 * Open one with {@link #open(String)}.
 */
public interface Store extends AutoCloseable {
  /** The version of the store format this code writes, and the newest it reads. */
  int SCHEMA_VERSION = 1;

  /**
   * Opens the store at {@code location}, creating it if absent: a file path for SQLite, or {@code
   * postgresql://…} / {@code jdbc:postgresql://…} for a PostgreSQL server.
   *
   * @throws StoreException when the location is not a Crosscheck store, is corrupt, was written by
   *     a newer version, or cannot be reached
   */
  static Store open(String location) {
    return StoreLocation.parse(location).open();
  }

  /** The location as opened, without any password: fit for messages. */
  String describe();

  /**
   * Adds articles and records rejections, all in one transaction. An article whose id or content
   * (see {@link ContentHasher}) is already stored is not added again: its entry says {@link
   * IngestStatus#DUPLICATE} and names the stored article.
   *
   * @return one entry per article, in order, then one per rejection
   */
  List<IngestEntry> add(List<NewArticle> articles, List<Rejection> rejected);

  /** Every article, the generation they make, and the standing rejections, read consistently. */
  Snapshot snapshot();

  /**
   * Replaces every story and every article's place in them, atomically, with {@code result}
   * computed from the snapshot of {@code generation}. Ignored when newer stories are already
   * stored.
   */
  void replaceStories(long generation, RunResult result);

  /**
   * The stored stories as the main job reports them, or empty when they are missing or stale
   * (articles were added after they were computed).
   */
  Optional<RunResult> results();

  /** The ingest log, oldest first. */
  List<IngestEntry> log();

  /** How many articles the store holds. */
  int articleCount();

  @Override
  void close();
}
