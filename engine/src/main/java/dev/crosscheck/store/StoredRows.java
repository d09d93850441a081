package dev.crosscheck.store;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

  /** The duplicate entry for {@code a} when its id or content is already stored, else null. */
  IngestEntry duplicate(Connection c, Article a, String hash) throws SQLException {
    String sameId = null;
    String sameIdHash = null;
    String sameContent = null;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, content_hash FROM articles WHERE id = ? OR content_hash = ?")) {
      p.setString(1, a.id());
      p.setString(2, hash);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (r.getString(1).equals(a.id())) {
            sameId = r.getString(1);
            sameIdHash = r.getString(2);
          } else {
            sameContent = r.getString(1);
          }
        }
      }
    }
    if (sameId != null) {
      String reason =
          hash.equals(sameIdHash)
              ? "already stored as " + sameId
              : "an article with id " + sameId + " is already stored (other content; kept)";
      return new IngestEntry(a.input(), sameId, IngestStatus.DUPLICATE, reason);
    }
    if (sameContent != null) {
      return new IngestEntry(
          a.input(),
          sameContent,
          IngestStatus.DUPLICATE,
          "same content as stored article " + sameContent);
    }
    return null;
  }

  void insertArticle(Connection c, NewArticle n, String hash, long generation, String now)
      throws SQLException {
    Article a = n.article();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO articles ("
                + ARTICLE_COLUMNS
                + ", content_hash, generation, raw_format, raw_content, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      p.setString(10, hash);
      p.setLong(11, generation);
      p.setString(12, n.raw().format().name().toLowerCase(Locale.ROOT));
      p.setString(13, n.raw().content());
      p.setString(14, now);
      p.executeUpdate();
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
  List<Article> articles(Connection c, Iterable<String> ids) throws SQLException {
    List<Article> articles = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            articles.add(JdbcStore.article(r));
          }
        }
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
