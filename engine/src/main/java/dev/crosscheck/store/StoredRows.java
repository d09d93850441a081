package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL that reads and writes a store's rows, inside a transaction its caller holds. */
final class StoredRows {
  private static final String ARTICLE_COLUMNS =
      "id, input, title, byline, source, url, published, language, text";

  String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT value FROM " + Schema.META_TABLE + " WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  void setMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE " + Schema.META_TABLE + " SET value = ? WHERE key = ?")) {
      p.setString(1, value);
      p.setString(2, key);
      if (p.executeUpdate() != 1) {
        throw new SQLException("meta key " + key + " is missing");
      }
    }
  }

  /**
   * Parameters per {@code IN} list: well under SQLite's oldest limit of 999 variables per statement
   * (a query binds two lists), and few statements for a batch.
   */
  static final int IN_CHUNK = 400;

  /**
   * The stored rows that share an id or a content hash with the batch: content hash by id, and id
   * by content hash, read in a few statements instead of one per article.
   */
  record Known(Map<String, String> hashById, Map<String, String> idByHash) {}

  Known known(Connection c, List<String> ids, List<String> hashes) throws SQLException {
    Map<String, String> hashById = new HashMap<>();
    Map<String, String> idByHash = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      int to = Math.min(ids.size(), from + IN_CHUNK);
      String marks = marks(to - from);
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, content_hash FROM articles WHERE id IN ("
                  + marks
                  + ") OR content_hash IN ("
                  + marks
                  + ")")) {
        for (int i = from; i < to; i++) {
          p.setString(i - from + 1, ids.get(i));
          p.setString(to - from + i - from + 1, hashes.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            hashById.put(r.getString(1), r.getString(2));
            idByHash.put(r.getString(2), r.getString(1));
          }
        }
      }
    }
    return new Known(hashById, idByHash);
  }

  /** {@code n} comma-separated parameter marks. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /**
   * The duplicate entry for {@code a} when its id or content is among {@code known} (stored, or
   * accepted earlier in the batch), else null. An article with the same id wins over one with the
   * same content.
   */
  static IngestEntry duplicate(Known known, Article a, String hash) {
    String sameIdHash = known.hashById().get(a.id());
    if (sameIdHash != null) {
      String reason =
          hash.equals(sameIdHash)
              ? "already stored as " + a.id()
              : "an article with id " + a.id() + " is already stored (other content; kept)";
      return new IngestEntry(a.input(), a.id(), IngestStatus.DUPLICATE, reason);
    }
    String sameContent = known.idByHash().get(hash);
    if (sameContent != null) {
      return new IngestEntry(
          a.input(),
          sameContent,
          IngestStatus.DUPLICATE,
          "same content as stored article " + sameContent);
    }
    return null;
  }

  /** Inserts the articles with their content hashes, in order, through one prepared statement. */
  void insertArticles(
      Connection c, List<NewArticle> articles, List<String> hashes, long generation, String now)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO articles ("
                + ARTICLE_COLUMNS
                + ", content_hash, generation, raw_format, raw_content, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int k = 0; k < articles.size(); k++) {
        NewArticle n = articles.get(k);
        Article a = n.article();
        String[] fields = {
          a.id(),
          a.input(),
          a.title(),
          a.byline(),
          a.source(),
          a.url(),
          a.published(),
          a.language(),
          a.text()
        };
        for (int i = 0; i < fields.length; i++) {
          JdbcStore.setText(p, i + 1, fields[i]);
        }
        p.setString(10, hashes.get(k));
        p.setLong(11, generation);
        p.setString(12, n.raw().format().name().toLowerCase(Locale.ROOT));
        p.setString(13, n.raw().content());
        p.setString(14, now);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  void log(Connection c, List<IngestEntry> entries, String now) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ingest_log (input, article_id, status, reason, logged_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (IngestEntry e : entries) {
        p.setString(1, e.input());
        JdbcStore.setText(p, 2, e.articleId());
        p.setString(3, e.status().label());
        JdbcStore.setText(p, 4, e.reason());
        p.setString(5, now);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  List<IngestEntry> log(Connection c) throws SQLException {
    List<IngestEntry> entries = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT input, article_id, status, reason FROM ingest_log ORDER BY seq")) {
      while (r.next()) {
        entries.add(
            new IngestEntry(
                r.getString(1), r.getString(2), IngestStatus.of(r.getString(3)), r.getString(4)));
      }
    }
    return entries;
  }

  /** Inputs whose latest entry is a rejection, in the order first seen, with that latest reason. */
  static List<Rejection> standingRejections(List<IngestEntry> log) {
    Map<String, IngestEntry> latest = new LinkedHashMap<>();
    log.forEach(e -> latest.put(e.input(), e));
    return latest.values().stream()
        .filter(e -> e.status() == IngestStatus.REJECTED)
        .map(e -> new Rejection(e.input(), e.reason()))
        .toList();
  }

  /** The articles of {@code ids}, whole, in that order; unknown ids are skipped. */
  List<Article> articles(Connection c, Collection<String> ids) throws SQLException {
    List<String> asked = List.copyOf(ids);
    Map<String, Article> found = new HashMap<>();
    for (int from = 0; from < asked.size(); from += IN_CHUNK) {
      int to = Math.min(asked.size(), from + IN_CHUNK);
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT "
                  + ARTICLE_COLUMNS
                  + " FROM articles WHERE id IN ("
                  + marks(to - from)
                  + ")")) {
        for (int i = from; i < to; i++) {
          p.setString(i - from + 1, asked.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Article a = JdbcStore.article(r);
            found.put(a.id(), a);
          }
        }
      }
    }
    List<Article> articles = new ArrayList<>();
    for (String id : asked) {
      Article a = found.get(id);
      if (a != null) {
        articles.add(a);
      }
    }
    return articles;
  }

  List<Article> articles(Connection c) throws SQLException {
    List<Article> articles = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY seq")) {
      while (r.next()) {
        articles.add(JdbcStore.article(r));
      }
    }
    return articles;
  }
}
