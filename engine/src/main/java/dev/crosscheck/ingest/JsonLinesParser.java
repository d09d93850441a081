package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A parser of Article JSON Lines (one JSON object per line, see CONTRACT.md). Each bad line is
 * rejected as {@code path:line} with its reason and the rest goes on; empty lines are skipped.
 */
final class JsonLinesParser {
  private static final int MAX_REASON_CHARS = 200;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Parses the bytes of a JSON Lines file read from {@code path} into the sink. */
  void parse(String path, byte[] bytes, DocumentSink sink) {
    int start = TextDecoder.bomLength(bytes);
    int lineNumber = 0;
    while (start <= bytes.length) {
      int end = indexOf(bytes, (byte) '\n', start);
      lineNumber++;
      parseLine(path + ":" + lineNumber, bytes, start, end, sink);
      start = end + 1;
    }
  }

  private void parseLine(String input, byte[] bytes, int from, int to, DocumentSink sink) {
    String line;
    try {
      line = TextDecoder.decodeStrictUtf8(bytes, from, to);
    } catch (InputRejectedException e) {
      sink.reject(input, e.getMessage());
      return;
    }
    if (line.isBlank()) {
      return;
    }
    try {
      sink.accept(toDocument(input, mapper.readTree(line)));
    } catch (JsonProcessingException e) {
      sink.reject(input, "invalid JSON: " + shorten(e.getOriginalMessage()));
    } catch (InputRejectedException e) {
      sink.reject(input, e.getMessage());
    }
  }

  static RawDocument toDocument(String input, JsonNode node) throws InputRejectedException {
    if (node == null || !node.isObject()) {
      throw new InputRejectedException("invalid JSON: expected an object, one article per line");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new InputRejectedException("missing field 'id'");
    }
    String html = text(node, "html");
    String body = text(node, "text");
    boolean isHtml = html != null && !html.isBlank();
    if (!isHtml && (body == null || body.isBlank())) {
      throw new InputRejectedException("field 'text' or 'html' is required");
    }
    String published = text(node, "published");
    if (published != null && !isIsoDate(published)) {
      throw new InputRejectedException("field 'published' must be an ISO-8601 date");
    }
    ArticleHints hints =
        new ArticleHints(
            text(node, "title"),
            text(node, "source"),
            text(node, "url"),
            published,
            text(node, "language"));
    RawDocument.Format format = isHtml ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
    return new RawDocument(id.strip(), input, format, isHtml ? html : body, hints);
  }

  /** A field's value as text: strings and numbers as written, anything else (or blank) as null. */
  private static String text(JsonNode node, String field) throws InputRejectedException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new InputRejectedException("field '" + field + "' must be a string");
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  static boolean isIsoDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      try {
        DateTimeFormatter.ISO_DATE_TIME.parse(value);
        return true;
      } catch (DateTimeParseException again) {
        return false;
      }
    }
  }

  private static String shorten(String message) {
    String line = message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length;
  }
}
