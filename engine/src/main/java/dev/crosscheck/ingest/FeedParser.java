package dev.crosscheck.ingest;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * A parser of RSS and Atom feeds (with Rome): each item or entry becomes one raw document, read
 * from what the feed holds; links are never fetched. Doctypes are refused, so no external entity or
 * DTD is ever read.
 */
final class FeedParser {
  /** The longest item id (guid or Atom id) used as an article id; longer ones are replaced. */
  static final int MAX_ID_CHARS = 200;

  private static final int MAX_REASON_CHARS = 200;

  /**
   * Parses the bytes of a feed file into the sink: one document per item with content, one
   * rejection per item without.
   *
   * @param path the file, used in inputs ({@code path#n}) and reasons
   * @param fileId the article id of the file, used for items without a usable id ({@code fileId#n})
   * @throws InputRejectedException when the bytes are not an RSS or Atom feed
   */
  void parse(String path, String fileId, byte[] bytes, DocumentSink sink)
      throws InputRejectedException {
    SyndFeed feed = build(bytes);
    String source = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new InputRejectedException("feed holds no items");
    }
    for (int i = 0; i < entries.size(); i++) {
      int n = i + 1;
      String input = path + "#" + n;
      try {
        sink.accept(toDocument(entries.get(i), n, input, fileId, source));
      } catch (InputRejectedException e) {
        sink.reject(input, e.getMessage());
      }
    }
  }

  private static SyndFeed build(byte[] bytes) throws InputRejectedException {
    SyndFeedInput input = new SyndFeedInput();
    // A doctype is the door to external entities (XXE) and DTD fetching: refuse it outright.
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      return input.build(reader);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("XML but neither an RSS nor an Atom feed");
    } catch (FeedException e) {
      throw new InputRejectedException(describe(e));
    } catch (IOException | RuntimeException e) {
      throw new InputRejectedException("unreadable feed: " + shorten(e.getMessage()));
    }
  }

  private static String describe(FeedException e) {
    if (e.getCause() instanceof RuntimeException) {
      // Rome fails inside its converters (a null element) when required elements are missing.
      return "malformed feed: required elements (such as <channel>) are missing";
    }
    String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    message = shorten(message);
    if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
      return "feed declares a DOCTYPE, which is refused (no external entities or DTDs are read)";
    }
    return "not a well-formed feed: " + message;
  }

  private static RawDocument toDocument(
      SyndEntry entry, int n, String input, String fileId, String source)
      throws InputRejectedException {
    String title = blankToNull(entry.getTitle());
    String link = blankToNull(entry.getLink());
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    String published = date == null ? null : date.toInstant().toString();
    ArticleHints hints = new ArticleHints(title, source, link, published, null);
    String id = safeId(wireId(entry));
    id = id != null ? id : fileId + "#" + n;
    SyndContent content = firstContent(entry);
    if (content != null) {
      boolean text = isPlainText(content.getType());
      RawDocument.Format format = text ? RawDocument.Format.TEXT : RawDocument.Format.HTML;
      String body = text ? withTitle(title, content.getValue()) : content.getValue();
      return new RawDocument(id, input, format, body, hints);
    }
    SyndContent description = entry.getDescription();
    String summary = description == null ? null : blankToNull(description.getValue());
    if (summary != null) {
      String plain = isPlainText(description.getType()) ? summary : Jsoup.parse(summary).text();
      if (!plain.isBlank()) {
        return new RawDocument(id, input, RawDocument.Format.TEXT, withTitle(title, plain), hints);
      }
    }
    throw new InputRejectedException(
        "item "
            + n
            + (link != null ? ": no content, only a link; fetching is not done" : ": no content"));
  }

  /** The first non-blank content (RSS content:encoded, Atom content), or null. */
  private static SyndContent firstContent(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content != null && blankToNull(content.getValue()) != null) {
        return content;
      }
    }
    return null;
  }

  /** The item's own id as written (RSS guid, Atom id); Rome's uri falls back to the link. */
  private static String wireId(SyndEntry entry) {
    Object wire = entry.getWireEntry();
    if (wire instanceof Item item) {
      Guid guid = item.getGuid();
      return guid == null ? null : guid.getValue();
    }
    if (wire instanceof Entry atom) {
      return atom.getId();
    }
    return null;
  }

  /** An id fit to be an article id: not blank, not too long, no control characters. */
  static String safeId(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    String stripped = id.strip();
    if (stripped.length() > MAX_ID_CHARS || stripped.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    return stripped;
  }

  private static boolean isPlainText(String type) {
    if (type == null) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return t.equals("text") || t.equals("text/plain");
  }

  private static String withTitle(String title, String body) {
    return title == null ? body.strip() : title + "\n\n" + body.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String shorten(String message) {
    String line = message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
  }
}
