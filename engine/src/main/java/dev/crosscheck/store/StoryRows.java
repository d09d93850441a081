package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.Story;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SQL that reads and writes stories, placements and fingerprints, inside a transaction its
 * caller holds.
 */
final class StoryRows {
  void insertStories(Connection c, List<Story> stories, List<String> json) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO stories (id, json) VALUES (?, ?)")) {
      for (int i = 0; i < stories.size(); i++) {
        p.setString(1, stories.get(i).id());
        p.setString(2, json.get(i));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  void deleteStories(Connection c, Collection<String> ids) throws SQLException {
    deleteWhere(c, "DELETE FROM stories WHERE id = ?", ids);
  }

  void deletePlacements(Connection c, Collection<String> articleIds) throws SQLException {
    deleteWhere(c, "DELETE FROM placements WHERE article_id = ?", articleIds);
  }

  private static void deleteWhere(Connection c, String sql, Collection<String> keys)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (String key : keys) {
        p.setString(1, key);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  void insertPlacements(Connection c, List<ArticleResult> results) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO placements (article_id, story_id, role, derived_from, filler_sentences)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (ArticleResult a : results) {
        p.setString(1, a.article().id());
        p.setString(2, a.story());
        p.setString(3, a.role().label());
        JdbcStore.setText(p, 4, a.derivedFrom());
        p.setInt(5, a.fillerSentences());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Every article with its place, in stored order; empty when some article has no place. */
  Optional<List<ArticleResult>> placedArticles(Connection c) throws SQLException {
    List<ArticleResult> results = new ArrayList<>();
    String sql =
        "SELECT a.id, a.input, a.title, a.byline, a.source, a.url, a.published, a.language, a.text,"
            + " p.story_id, p.role, p.derived_from, p.filler_sentences"
            + " FROM articles a LEFT JOIN placements p ON p.article_id = a.id ORDER BY a.seq";
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String story = r.getString("story_id");
        if (story == null) {
          return Optional.empty();
        }
        Role role = Role.valueOf(r.getString("role").toUpperCase(Locale.ROOT));
        results.add(
            new ArticleResult(
                JdbcStore.article(r),
                story,
                role,
                r.getString("derived_from"),
                r.getInt("filler_sentences")));
      }
    }
    return Optional.of(results);
  }

  /**
   * The number of stored stories, or empty when some article has no place in them (they are missing
   * or stale): counted, not read.
   */
  OptionalInt storyCount(Connection c) throws SQLException {
    String unplaced =
        "SELECT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS"
            + " (SELECT 1 FROM placements p WHERE p.article_id = a.id))";
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery(unplaced)) {
        r.next();
        if (r.getBoolean(1)) {
          return OptionalInt.empty();
        }
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stories")) {
        r.next();
        return OptionalInt.of(r.getInt(1));
      }
    }
  }

  List<String> storyJson(Connection c) throws SQLException {
    List<String> json = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT json FROM stories")) {
      while (r.next()) {
        json.add(r.getString(1));
      }
    }
    return json;
  }

  /** Every article, its text cut to {@code headChars}, with its story and fingerprint. */
  List<IndexedArticle> indexedArticles(Connection c, int headChars) throws SQLException {
    List<IndexedArticle> articles = new ArrayList<>();
    String sql =
        "SELECT a.id, a.input, a.title, a.byline, a.source, a.url, a.published, a.language,"
            + " substr(a.text, 1, ?) AS text, p.story_id, f.format, f.minhash, f.features"
            + " FROM articles a LEFT JOIN placements p ON p.article_id = a.id"
            + " LEFT JOIN fingerprints f ON f.article_id = a.id ORDER BY a.seq";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, headChars);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Article head = JdbcStore.article(r);
          if (head.text().length() > headChars) {
            head = head.withText(head.text().substring(0, headChars));
          }
          byte[] features = r.getBytes("features");
          Fingerprint fingerprint =
              features == null
                  ? null
                  : new Fingerprint(r.getInt("format"), longs(r.getBytes("minhash")), features);
          articles.add(new IndexedArticle(head, r.getString("story_id"), fingerprint));
        }
      }
    }
    return articles;
  }

  /** Inserts or replaces the fingerprints of stored articles; others are skipped. */
  void putFingerprints(Connection c, Map<String, Fingerprint> fingerprints) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO fingerprints (article_id, format, minhash, features)"
                + " SELECT id, ?, ?, ? FROM articles WHERE id = ?"
                + " ON CONFLICT (article_id) DO UPDATE SET format = excluded.format,"
                + " minhash = excluded.minhash, features = excluded.features")) {
      for (Map.Entry<String, Fingerprint> e : fingerprints.entrySet()) {
        p.setInt(1, e.getValue().format());
        p.setBytes(2, bytes(e.getValue().minhash()));
        p.setBytes(3, e.getValue().features());
        p.setString(4, e.getKey());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Big-endian bytes of {@code values}: the stored form of a MinHash signature. */
  static byte[] bytes(long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    return buffer.array();
  }

  static long[] longs(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new StoreException("a stored MinHash signature has " + bytes.length + " bytes");
    }
    long[] values = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(values);
    return values;
  }
}
