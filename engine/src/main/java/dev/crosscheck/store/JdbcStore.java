package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A store over one JDBC connection; the SQL is common to SQLite and PostgreSQL and the subclasses
 * supply what differs (locking, column types, error meanings). Every public method is one
 * transaction, serialized on this object.
 */
abstract class JdbcStore implements Store {
  private final Connection connection;
  private final String description;
  private final ContentHasher hasher = new ContentHasher();
  private final StoryCodec codec = new StoryCodec();
  private final StoredRows rows = new StoredRows();
  private final StoryRows storyRows = new StoryRows();
  private final LinkRows linkRows = new LinkRows(rows);

  /** A run's order of stories: largest first, then by first article id. */
  static final Comparator<Story> STORY_ORDER =
      Comparator.<Story>comparingInt(s -> s.articles().size())
          .reversed()
          .thenComparing(s -> s.articles().isEmpty() ? "" : s.articles().get(0));

  JdbcStore(Connection connection, String description) {
    this.connection = connection;
    this.description = description;
  }

  /** The auto-increment primary key column type. */
  abstract String seqType();

  /** The byte string column type. */
  abstract String blobType();

  /** Whether the table exists where this store keeps its tables. */
  abstract boolean tableExists(Connection c, String table) throws SQLException;

  /** Starts a read transaction that sees one consistent state. */
  abstract void beginRead(Connection c) throws SQLException;

  /** Starts a write transaction that excludes every other writer of the store. */
  abstract void beginWrite(Connection c) throws SQLException;

  /** Commits the transaction begun by {@link #beginRead} or {@link #beginWrite}. */
  void commit(Connection c) throws SQLException {
    c.commit();
  }

  /** Rolls back the transaction begun by {@link #beginRead} or {@link #beginWrite}. */
  void rollback(Connection c) throws SQLException {
    c.rollback();
  }

  /** One line saying what went wrong, naming the store; {@code action} says what was being done. */
  abstract StoreException translate(SQLException e, String action);

  @Override
  public String describe() {
    return description;
  }

  /**
   * Checks the magic value and version, creating the tables when {@code create} allows and the meta
   * table is missing, and migrating an older store. Refuses anything else.
   */
  final void initialize(boolean create) {
    write(
        "open",
        c -> {
          if (!tableExists(c, Schema.META_TABLE)) {
            if (!create) {
              throw new StoreException(
                  description + " is not a Crosscheck store (it has no " + Schema.META_TABLE + ")");
            }
            execute(c, Schema.meta());
          }
          int version = checkedVersion(c);
          for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
            execute(c, Schema.migration(v, seqType(), blobType()));
            rows.setMeta(c, Schema.VERSION_KEY, Integer.toString(v));
          }
          return null;
        });
  }

  private int checkedVersion(Connection c) throws SQLException {
    String magic = rows.meta(c, Schema.MAGIC_KEY);
    if (!Schema.MAGIC.equals(magic)) {
      throw new StoreException(
          description
              + " is not a Crosscheck store (magic '"
              + magic
              + "', expected '"
              + Schema.MAGIC
              + "')");
    }
    String text = rows.meta(c, Schema.VERSION_KEY);
    int version;
    try {
      version = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new StoreException(description + " is corrupt: store version '" + text + "'");
    }
    if (version > SCHEMA_VERSION) {
      throw new StoreException(
          description
              + " was written by a newer Crosscheck: store version "
              + version
              + ", this Crosscheck reads versions up to "
              + SCHEMA_VERSION
              + "; upgrade Crosscheck to open it");
    }
    if (version < 0) {
      throw new StoreException(description + " is corrupt: store version " + version);
    }
    return version;
  }

  @Override
  public List<IngestEntry> add(List<NewArticle> articles, List<Rejection> rejected) {
    // Hashed before the write lock is taken: other writers wait only for the SQL.
    List<String> hashes = articles.stream().map(n -> hasher.hash(n.article())).toList();
    List<String> ids = articles.stream().map(n -> n.article().id()).toList();
    return write(
        "add articles",
        c -> {
          String now = Instant.now().toString();
          StoredRows.Known known = rows.known(c, ids, hashes);
          List<IngestEntry> entries = new ArrayList<>();
          List<NewArticle> accepted = new ArrayList<>();
          List<String> acceptedHashes = new ArrayList<>();
          Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
          for (int i = 0; i < articles.size(); i++) {
            NewArticle n = articles.get(i);
            IngestEntry duplicate = StoredRows.duplicate(known, n.article(), hashes.get(i));
            if (duplicate != null) {
              entries.add(duplicate);
              continue;
            }
            // Later articles of the batch meet this one as if it were stored already.
            known.hashById().put(n.article().id(), hashes.get(i));
            known.idByHash().put(hashes.get(i), n.article().id());
            accepted.add(n);
            acceptedHashes.add(hashes.get(i));
            if (n.fingerprint() != null) {
              fingerprints.put(n.article().id(), n.fingerprint());
            }
            entries.add(
                new IngestEntry(
                    n.article().input(), n.article().id(), IngestStatus.ACCEPTED, null));
          }
          if (!accepted.isEmpty()) {
            rows.insertArticles(c, accepted, acceptedHashes, nextGeneration(c), now);
            storyRows.putFingerprints(c, fingerprints);
          }
          for (Rejection r : rejected) {
            entries.add(new IngestEntry(r.input(), null, IngestStatus.REJECTED, r.reason()));
          }
          rows.log(c, entries, now);
          return entries;
        });
  }

  private long nextGeneration(Connection c) throws SQLException {
    long next = Long.parseLong(rows.meta(c, Schema.ARTICLES_GENERATION)) + 1;
    rows.setMeta(c, Schema.ARTICLES_GENERATION, Long.toString(next));
    return next;
  }

  @Override
  public Snapshot snapshot() {
    return read(
        "read articles",
        c ->
            new Snapshot(
                Long.parseLong(rows.meta(c, Schema.ARTICLES_GENERATION)),
                rows.articles(c),
                StoredRows.standingRejections(rows.log(c))));
  }

  @Override
  public void replaceStories(long generation, RunResult result) {
    write(
        "replace stories",
        c -> {
          if (Long.parseLong(rows.meta(c, Schema.STORIES_GENERATION)) > generation) {
            return null;
          }
          try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM placements");
            s.executeUpdate("DELETE FROM stories");
          }
          List<String> json = result.stories().stream().map(codec::write).toList();
          storyRows.insertStories(c, result.stories(), json);
          storyRows.insertPlacements(c, result.articles());
          rows.setMeta(c, Schema.STORIES_GENERATION, Long.toString(generation));
          rows.setMeta(c, Schema.NEXT_STORY, Long.toString(result.stories().size() + 1L));
          return null;
        });
  }

  @Override
  public StoryState storyState(int headChars) {
    if (headChars < 1) {
      throw new IllegalArgumentException("headChars (" + headChars + ") must be >= 1");
    }
    return read(
        "read articles and their places",
        c ->
            new StoryState(
                Long.parseLong(rows.meta(c, Schema.ARTICLES_GENERATION)),
                Long.parseLong(rows.meta(c, Schema.STORIES_GENERATION)),
                Long.parseLong(rows.meta(c, Schema.NEXT_STORY)),
                storyRows.indexedArticles(c, headChars)));
  }

  @Override
  public List<Article> articles(Collection<String> ids) {
    return read("read articles", c -> rows.articles(c, ids));
  }

  @Override
  public void putFingerprints(Map<String, Fingerprint> fingerprints) {
    if (fingerprints.isEmpty()) {
      return;
    }
    write(
        "store fingerprints",
        c -> {
          storyRows.putFingerprints(c, fingerprints);
          return null;
        });
  }

  @Override
  public boolean updateStories(StoryUpdate update) {
    // Encoded before the write lock is taken, on every core: a first update writes every story.
    List<String> json = update.stories().parallelStream().map(codec::write).toList();
    return write(
        "update stories",
        c -> {
          if (Long.parseLong(rows.meta(c, Schema.STORIES_GENERATION)) != update.baseGeneration()) {
            return false;
          }
          storyRows.deletePlacements(
              c, update.placements().stream().map(a -> a.article().id()).toList());
          Set<String> gone = new LinkedHashSet<>(update.removed());
          update.stories().forEach(s -> gone.add(s.id()));
          storyRows.deleteStories(c, gone);
          storyRows.insertStories(c, update.stories(), json);
          storyRows.insertPlacements(c, update.placements());
          rows.setMeta(c, Schema.STORIES_GENERATION, Long.toString(update.generation()));
          rows.setMeta(c, Schema.NEXT_STORY, Long.toString(update.nextStory()));
          return true;
        });
  }

  @Override
  public LinkState linkState() {
    return read("read clustering links", linkRows::state);
  }

  @Override
  public String linkFormat() {
    return read("read the clustering links' format", linkRows::format);
  }

  @Override
  public boolean putLinks(long baseGeneration, String format, Map<String, byte[]> links) {
    return write("save clustering links", c -> linkRows.put(c, baseGeneration, format, links));
  }

  @Override
  public Optional<RunResult> results() {
    return read(
        "read stories",
        c -> {
          if (!storiesCurrent(c)) {
            return Optional.empty();
          }
          Optional<List<ArticleResult>> placed = storyRows.placedArticles(c);
          if (placed.isEmpty()) {
            return Optional.empty();
          }
          List<Story> stories = new ArrayList<>();
          for (String json : storyRows.storyJson(c)) {
            stories.add(codec.read(json, description));
          }
          stories.sort(STORY_ORDER);
          List<Rejection> rejected = StoredRows.standingRejections(rows.log(c));
          return Optional.of(new RunResult(placed.get(), stories, rejected));
        });
  }

  @Override
  public OptionalInt storyCount() {
    return read(
        "count stories", c -> storiesCurrent(c) ? storyRows.storyCount(c) : OptionalInt.empty());
  }

  /** Whether the stories were computed from the articles as they stand (same generation). */
  private boolean storiesCurrent(Connection c) throws SQLException {
    return Long.parseLong(rows.meta(c, Schema.STORIES_GENERATION))
        == Long.parseLong(rows.meta(c, Schema.ARTICLES_GENERATION));
  }

  @Override
  public List<IngestEntry> log() {
    return read("read the ingest log", rows::log);
  }

  @Override
  public int articleCount() {
    return read(
        "count articles",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            r.next();
            return r.getInt(1);
          }
        });
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw translate(e, "close");
    }
  }

  /** Work done inside a transaction. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  final synchronized <T> T write(String action, Work<T> work) {
    return transaction(action, true, work);
  }

  final synchronized <T> T read(String action, Work<T> work) {
    return transaction(action, false, work);
  }

  private <T> T transaction(String action, boolean write, Work<T> work) {
    try {
      if (write) {
        beginWrite(connection);
      } else {
        beginRead(connection);
      }
      T result = work.run(connection);
      commit(connection);
      return result;
    } catch (SQLException e) {
      rollbackQuietly();
      throw translate(e, action);
    } catch (RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  private void rollbackQuietly() {
    try {
      rollback(connection);
    } catch (SQLException ignored) {
      // The first failure is the one to report; a dead connection cannot roll back anyway.
    }
  }

  static Void execute(Connection c, List<String> statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return null;
  }

  /** Sets one parameter that may be null, as text. */
  static void setText(PreparedStatement p, int index, String value) throws SQLException {
    if (value == null) {
      p.setNull(index, java.sql.Types.VARCHAR);
    } else {
      p.setString(index, value);
    }
  }

  static Article article(ResultSet r) throws SQLException {
    return new Article(
        r.getString("id"),
        r.getString("input"),
        r.getString("title"),
        r.getString("byline"),
        r.getString("source"),
        r.getString("url"),
        r.getString("published"),
        r.getString("language"),
        r.getString("text"));
  }
}
