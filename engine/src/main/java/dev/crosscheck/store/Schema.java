package dev.crosscheck.store;

import java.util.List;

/**
 * The tables of a store and the migrations between format versions. Version {@code n} is reached
 * from {@code n - 1} by {@link #migration(int)}; a store records its version in {@code
 * crosscheck_meta} beside a magic value that says it is a Crosscheck store at all.
 */
final class Schema {
  /** The meta key and value that mark a Crosscheck store. */
  static final String MAGIC_KEY = "magic";

  static final String MAGIC = "crosscheck-store";
  static final String VERSION_KEY = "schema_version";

  /** Grows with every commit that adds articles. */
  static final String ARTICLES_GENERATION = "articles_generation";

  /** The article generation the stored stories were computed from. */
  static final String STORIES_GENERATION = "stories_generation";

  /** The number of the next fresh story id (version 2 on). */
  static final String NEXT_STORY = "next_story";

  /** Grows with every commit of saved clustering links (version 3 on). */
  static final String LINKS_GENERATION = "links_generation";

  /**
   * What the saved clustering links were computed with, as their writer names it (version 3 on).
   */
  static final String LINKS_FORMAT = "links_format";

  static final String META_TABLE = "crosscheck_meta";

  private Schema() {}

  /**
   * The statements that bring a store from version {@code version - 1} to {@code version}; {@code
   * seqType} is the dialect's auto-increment primary key column type, {@code blobType} its byte
   * string type.
   */
  static List<String> migration(int version, String seqType, String blobType) {
    if (version == 1) {
      return versionOne(seqType);
    }
    if (version == 2) {
      return versionTwo(blobType);
    }
    if (version == 3) {
      return versionThree(blobType);
    }
    throw new IllegalArgumentException(
        "store version (" + version + ") must be in 1.." + Store.SCHEMA_VERSION);
  }

  private static List<String> versionOne(String seqType) {
    return List.of(
        "CREATE TABLE articles ("
            + " seq "
            + seqType
            + ","
            + " id TEXT NOT NULL UNIQUE,"
            + " content_hash TEXT NOT NULL UNIQUE,"
            + " generation BIGINT NOT NULL,"
            + " input TEXT NOT NULL,"
            + " title TEXT, byline TEXT, source TEXT, url TEXT, published TEXT, language TEXT,"
            + " text TEXT NOT NULL,"
            + " raw_format TEXT NOT NULL,"
            + " raw_content TEXT NOT NULL,"
            + " ingested_at TEXT NOT NULL)",
        "CREATE INDEX articles_generation ON articles (generation)",
        "CREATE TABLE ingest_log ("
            + " seq "
            + seqType
            + ","
            + " input TEXT NOT NULL,"
            + " article_id TEXT,"
            + " status TEXT NOT NULL CHECK (status IN ('accepted', 'duplicate', 'rejected')),"
            + " reason TEXT,"
            + " logged_at TEXT NOT NULL)",
        "CREATE TABLE stories ("
            + " position INTEGER PRIMARY KEY,"
            + " id TEXT NOT NULL UNIQUE,"
            + " json TEXT NOT NULL)",
        "CREATE TABLE placements ("
            + " article_id TEXT PRIMARY KEY REFERENCES articles (id),"
            + " story_id TEXT NOT NULL,"
            + " role TEXT NOT NULL,"
            + " derived_from TEXT,"
            + " filler_sentences INTEGER NOT NULL)",
        "INSERT INTO crosscheck_meta (key, value) VALUES ('" + ARTICLES_GENERATION + "', '0')",
        "INSERT INTO crosscheck_meta (key, value) VALUES ('" + STORIES_GENERATION + "', '0')");
  }

  /**
   * Version 2: each article's fingerprint (its MinHash signature and the features story clustering
   * reads, so that a store's stories are updated without reading every text again), and stories
   * keyed by their id alone, so that one story is replaced without renumbering the others (they are
   * ordered when read). Stored stories and their ids are kept.
   */
  private static List<String> versionTwo(String blobType) {
    return List.of(
        "CREATE TABLE stories_v2 (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
        "INSERT INTO stories_v2 (id, json) SELECT id, json FROM stories",
        "DROP TABLE stories",
        "ALTER TABLE stories_v2 RENAME TO stories",
        "CREATE INDEX placements_story ON placements (story_id)",
        "CREATE TABLE fingerprints ("
            + " article_id TEXT PRIMARY KEY REFERENCES articles (id),"
            + " format INTEGER NOT NULL,"
            + " minhash "
            + blobType
            + " NOT NULL,"
            + " features "
            + blobType
            + " NOT NULL)",
        "INSERT INTO crosscheck_meta (key, value)"
            + " SELECT '"
            + NEXT_STORY
            + "', CAST(COUNT(*) + 1 AS TEXT) FROM stories");
  }

  /**
   * Version 3: the links story clustering found for each article (to the articles linked before
   * it), so that a new process takes the clustering up again instead of scoring every stored
   * article's candidates; one format for all rows, named in the meta table.
   */
  private static List<String> versionThree(String blobType) {
    return List.of(
        "CREATE TABLE article_links ("
            + " article_id TEXT PRIMARY KEY REFERENCES articles (id),"
            + " links "
            + blobType
            + " NOT NULL)",
        "INSERT INTO crosscheck_meta (key, value) VALUES ('" + LINKS_GENERATION + "', '0')",
        "INSERT INTO crosscheck_meta (key, value) VALUES ('" + LINKS_FORMAT + "', '')");
  }

  /** The meta table and its magic value: written first, in the same transaction as version 1. */
  static List<String> meta() {
    return List.of(
        "CREATE TABLE " + META_TABLE + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO " + META_TABLE + " (key, value) VALUES ('" + MAGIC_KEY + "', '" + MAGIC + "')",
        "INSERT INTO " + META_TABLE + " (key, value) VALUES ('" + VERSION_KEY + "', '0')");
  }
}
