package dev.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The SQL that reads and writes saved clustering links, inside a transaction its caller holds. */
final class LinkRows {
  private final StoredRows rows;

  LinkRows(StoredRows rows) {
    this.rows = rows;
  }

  LinkState state(Connection c) throws SQLException {
    Map<String, byte[]> links = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id, links FROM article_links")) {
      while (r.next()) {
        links.put(r.getString(1), r.getBytes(2));
      }
    }
    return new LinkState(
        Long.parseLong(rows.meta(c, Schema.LINKS_GENERATION)),
        rows.meta(c, Schema.LINKS_FORMAT),
        links);
  }

  /** See {@link Store#linkFormat}. */
  String format(Connection c) throws SQLException {
    return rows.meta(c, Schema.LINKS_FORMAT);
  }

  /** See {@link Store#putLinks}. */
  boolean put(Connection c, long baseGeneration, String format, Map<String, byte[]> links)
      throws SQLException {
    if (Long.parseLong(rows.meta(c, Schema.LINKS_GENERATION)) != baseGeneration) {
      return false;
    }
    if (!format.equals(rows.meta(c, Schema.LINKS_FORMAT))) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM article_links");
      }
      rows.setMeta(c, Schema.LINKS_FORMAT, format);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO article_links (article_id, links)"
                + " SELECT id, ? FROM articles WHERE id = ?"
                + " ON CONFLICT (article_id) DO UPDATE SET links = excluded.links")) {
      for (Map.Entry<String, byte[]> e : links.entrySet()) {
        p.setBytes(1, e.getValue());
        p.setString(2, e.getKey());
        p.addBatch();
      }
      p.executeBatch();
    }
    rows.setMeta(c, Schema.LINKS_GENERATION, Long.toString(baseGeneration + 1));
    return true;
  }
}
