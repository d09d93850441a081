package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
  int SCHEMA_VERSION = 3;

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
   * stored. Fresh story ids are numbered on from the number of stories.
   */
  void replaceStories(long generation, RunResult result);

  /**
   * Every article with its story and fingerprint, and the generations, read consistently: what an
   * incremental story update starts from.
   *
   * @param headChars characters of each article's text to read (clustering needs only the head)
   */
  StoryState storyState(int headChars);

  /** The stored articles of {@code ids}, whole, in the order asked; unknown ids are skipped. */
  List<Article> articles(Collection<String> ids);

  /**
   * Stores fingerprints of stored articles in one transaction, each replacing any stored one.
   *
   * @param fingerprints by article id; ids of articles not stored are skipped
   */
  void putFingerprints(Map<String, Fingerprint> fingerprints);

  /**
   * Writes the stories that changed, in one transaction, leaving every other story's row as it is.
   *
   * @return false, writing nothing, when the stored stories are no longer those of {@code
   *     update.baseGeneration()} (another process updated them meanwhile)
   */
  boolean updateStories(StoryUpdate update);

  /**
   * The saved links of story clustering: per article, the links its writer saved in its row, in the
   * format the writer named, read consistently with their generation.
   */
  LinkState linkState();

  /** The format the saved links were written in ({@link LinkState#format()}), without them. */
  String linkFormat();

  /**
   * Saves the clustering links of articles in one transaction, each row replacing any saved one;
   * rows of another format than {@code format} are all dropped first.
   *
   * @param baseGeneration the {@link LinkState#generation()} these links were computed from
   * @param links encoded links by article id; ids of articles not stored are skipped
   * @return false, writing nothing, when the saved links are no longer those of {@code
   *     baseGeneration} (another process saved links meanwhile); true when the saved links are now
   *     of generation {@code baseGeneration + 1}
   */
  boolean putLinks(long baseGeneration, String format, Map<String, byte[]> links);

  /**
   * The stored stories as the main job reports them, or empty when they are missing or stale
   * (articles were added after they were computed). Stories come largest first, then by first
   * article id, as a run orders them; articles in the order they were stored.
   */
  Optional<RunResult> results();

  /**
   * The number of stored stories, or empty when they are missing or stale, as for {@link
   * #results()}; counted without reading them.
   */
  OptionalInt storyCount();

  /** The ingest log, oldest first. */
  List<IngestEntry> log();

  /** How many articles the store holds. */
  int articleCount();

  @Override
  void close();
}
