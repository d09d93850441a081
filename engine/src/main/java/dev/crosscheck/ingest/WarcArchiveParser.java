package dev.crosscheck.ingest;

import dev.crosscheck.model.ArticleHints;
import dev.crosscheck.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A parser of WARC archives (with jwarc): each HTTP response record holding an HTML page with
 * status 200 becomes one raw document; every other record is skipped and counted in one rejection
 * per file, so nothing is dropped silently. Reading stops at the first damaged record, keeping the
 * pages before it.
 */
final class WarcArchiveParser {
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int MAX_REASON_CHARS = 200;
  private static final int STATUS_OK = 200;
  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final long maxPayloadBytes;

  /**
   * A parser that rejects payloads larger than a limit.
   *
   * @param maxPayloadBytes the largest decoded payload, in bytes; must be > 0
   */
  WarcArchiveParser(long maxPayloadBytes) {
    if (maxPayloadBytes <= 0) {
      throw new IllegalArgumentException("maxPayloadBytes (" + maxPayloadBytes + ") must be > 0");
    }
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * Parses the (decompressed) bytes of a WARC file into the sink.
   *
   * @param path the file, used in inputs ({@code path#n}) and reasons
   * @param fileId the article id of the file; page n gets {@code fileId#n}
   * @param damage why the bytes end early (a broken gzip stream), or null
   */
  void parse(String path, String fileId, byte[] bytes, String damage, DocumentSink sink) {
    Map<String, Integer> skipped = new TreeMap<>();
    int records = 0;
    int pages = 0;
    int current = 1;
    String failure = null;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      while (failure == null) {
        current = records + 1;
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        records = current;
        WarcRecord record = next.get();
        String skip = skipReason(record);
        if (skip != null) {
          skipped.merge(skip, 1, Integer::sum);
        } else {
          pages++;
          readPage((WarcResponse) record, path + "#" + pages, fileId + "#" + pages, sink);
        }
        failure = truncation(record, records);
      }
    } catch (IOException | RuntimeException e) {
      failure = "record " + current + ": unreadable: " + shorten(e.getMessage());
    }
    reportSkipped(path, skipped, sink);
    if (failure == null && damage != null) {
      failure = "after record " + records + ": " + damage;
    }
    if (failure != null) {
      sink.reject(path, "damaged WARC, reading stopped at " + failure);
    } else if (records == 0) {
      sink.reject(path, "no WARC records");
    }
  }

  /** Why a record is not read as a page (a record type, a status or a media type), else null. */
  private static String skipReason(WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse response)) {
      return record.type();
    }
    MediaType blockType = record.contentType();
    if (!"application".equals(blockType.type()) || !"http".equals(blockType.subtype())) {
      return "response " + blockType.base();
    }
    HttpResponse http = response.http();
    String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!HTML_TYPES.contains(type)) {
      return type.isEmpty() ? "no content type" : type;
    }
    return http.status() == STATUS_OK ? null : "status " + http.status();
  }

  /** Why the record was cut short (fewer block bytes than its Content-Length), else null. */
  private static String truncation(WarcRecord record, int number) throws IOException {
    record.body().consume();
    long read = record.body().position();
    long declared = record.body().size();
    return read < declared
        ? "record " + number + ": truncated (" + read + " of " + declared + " bytes)"
        : null;
  }

  private void readPage(WarcResponse response, String input, String id, DocumentSink sink)
      throws IOException {
    HttpResponse http = response.http();
    try {
      byte[] payload = readBounded(http.bodyDecoded().stream());
      String html = decode(payload, http.contentType());
      ArticleHints hints = new ArticleHints(null, null, response.target(), null, null);
      sink.accept(new RawDocument(id, input, RawDocument.Format.HTML, html, hints));
    } catch (InputRejectedException e) {
      sink.reject(input, e.getMessage());
    }
  }

  private byte[] readBounded(InputStream in) throws IOException, InputRejectedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxPayloadBytes) {
        throw new InputRejectedException(
            "page exceeds the limit of " + ByteLoader.describe(maxPayloadBytes));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Decodes a page by its HTTP charset, else as an HTML file is decoded (BOM, meta, sniffing). */
  private static String decode(byte[] payload, MediaType type) throws InputRejectedException {
    Charset charset = httpCharset(type);
    if (charset == null
        || charset == StandardCharsets.UTF_8
        || TextDecoder.bomLength(payload) > 0
        || TextDecoder.isMultiByteUtf8(payload)) {
      return new TextDecoder().decode(payload, true);
    }
    TextDecoder.rejectBinaryBytes(payload);
    String text = new String(payload, charset);
    if (text.isBlank()) {
      throw new InputRejectedException("page holds only whitespace");
    }
    return text;
  }

  private static Charset httpCharset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    // As for HTML files: browsers decode these labels as windows-1252.
    if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(lower);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static void reportSkipped(String path, Map<String, Integer> skipped, DocumentSink sink) {
    int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return;
    }
    String counts =
        skipped.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    String noun = total == 1 ? "record" : "records";
    sink.reject(path, "skipped " + total + " non-HTML " + noun + " (" + counts + ")");
  }

  private static String shorten(String message) {
    String line = message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
  }
}
