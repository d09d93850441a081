package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import dev.crosscheck.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveParserTest {
  private static final String PAGE =
      "<html><head><title>Bridge</title></head><body><p>The bridge reopened.</p></body></html>";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void htmlResponsesBecomeDocumentsAndOtherRecordsAreCounted() throws IOException {
    Path warc = Files.write(dir.resolve("crawl.warc"), archive(false));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents())
        .extracting(RawDocument::id, RawDocument::input, RawDocument::format)
        .containsExactly(
            tuple("crawl#1", warc + "#1", Format.HTML), tuple("crawl#2", warc + "#2", Format.HTML));
    RawDocument first = result.documents().get(0);
    assertThat(first.content()).isEqualTo(PAGE);
    assertThat(first.hints().url()).isEqualTo("https://gazette.example/bridge");
    assertThat(first.hints().published()).isNull();
    assertThat(result.documents().get(1).content()).contains("Café olé");
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(
                warc.toString(),
                "skipped 4 non-HTML records (2 request, 1 image/png, 1 status 404)"));
  }

  @Test
  void gzippedPerRecordArchivesAreRead() throws IOException {
    Path warc = Files.write(dir.resolve("crawl.warc.gz"), archive(true));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents())
        .extracting(RawDocument::id)
        .containsExactly("crawl#1", "crawl#2");
    assertThat(result.rejected()).hasSize(1);
  }

  @Test
  void aTruncatedArchiveKeepsThePagesBeforeTheDamage() throws IOException {
    byte[] whole = archive(false);
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);
    Path warc = Files.write(dir.resolve("cut.warc"), cut);

    IngestResult result = reader.read(List.of(warc));

    // The last page is the one cut short: the pages before it are kept.
    assertThat(result.documents()).extracting(RawDocument::id).containsExactly("cut#1");
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .containsExactly(
            "skipped 4 non-HTML records (2 request, 1 image/png, 1 status 404)",
            "damaged WARC, reading stopped at record 6: unreadable: expected 36 more bytes in file");
  }

  @Test
  void aTruncatedGzipArchiveKeepsThePagesBeforeTheDamage() throws IOException {
    byte[] whole = archive(true);
    Path warc = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 30));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents()).extracting(RawDocument::id).containsExactly("cut#1");
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .containsExactly(
            "skipped 4 non-HTML records (2 request, 1 image/png, 1 status 404)",
            "damaged WARC, reading stopped at record 6: unreadable: expected 33 more bytes in file");
  }

  @Test
  void garbageBetweenRecordsIsReportedWithTheRecordNumber() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        response("https://a.example/", "text/html", 200, PAGE.getBytes(StandardCharsets.UTF_8)));
    out.write("this is not a warc record\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path warc = Files.write(dir.resolve("bad.warc"), out.toByteArray());

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents()).extracting(RawDocument::id).containsExactly("bad#1");
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .singleElement()
        .asString()
        .startsWith("damaged WARC, reading stopped at record 2");
  }

  @Test
  void emptyArchiveIsRejected() throws IOException {
    Path warc = Files.write(dir.resolve("e.warc"), new byte[0]);
    assertThat(reader.read(List.of(warc)).rejected())
        .containsExactly(new Rejection(warc.toString(), "empty file"));
  }

  @Test
  void seededRandomBytesNeverThrow() throws IOException {
    Random random = new Random(20240312L);
    for (int i = 0; i < 40; i++) {
      byte[] bytes = new byte[1 + random.nextInt(3000)];
      random.nextBytes(bytes);
      if (i % 3 == 1) {
        byte[] head = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\n".getBytes();
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, bytes.length));
      }
      String name = i % 2 == 0 ? i + ".warc" : i + ".warc.gz";
      Path file = Files.write(dir.resolve(name), bytes);
      IngestResult result = reader.read(List.of(file));
      assertThat(result.rejected()).as(file.toString()).isNotEmpty();
    }
  }

  /** A small archive: warcinfo-less, request, HTML page, PNG, 404 page, request, latin-1 page. */
  private static byte[] archive(boolean gzipEachRecord) throws IOException {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    List<byte[]> records =
        List.of(
            request("https://gazette.example/bridge"),
            response(
                "https://gazette.example/bridge",
                "text/html; charset=utf-8",
                200,
                PAGE.getBytes(StandardCharsets.UTF_8)),
            response("https://gazette.example/logo.png", "image/png", 200, PNG),
            response(
                "https://gazette.example/gone", "text/html", 404, "<p>gone</p>".getBytes(latin1)),
            request("https://gazette.example/cafe"),
            response(
                "https://gazette.example/cafe",
                "text/html; charset=ISO-8859-1",
                200,
                "<html><body><p>Café olé</p></body></html>".getBytes(latin1)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.write(gzipEachRecord ? gzip(record) : record);
    }
    return out.toByteArray();
  }

  private static byte[] request(String uri) {
    String http = "GET / HTTP/1.1\r\nHost: example\r\n\r\n";
    return record(
        "request",
        uri,
        "application/http;msgtype=request",
        http.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] response(String uri, String contentType, int status, byte[] payload) {
    String head =
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + payload.length
            + "\r\n\r\n";
    byte[] block = concat(head.getBytes(StandardCharsets.US_ASCII), payload);
    return record("response", uri, "application/http;msgtype=response", block);
  }

  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String head =
        "WARC/1.1\r\nWARC-Type: "
            + type
            + "\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8))
            + ">\r\nWARC-Date: 2024-03-11T10:00:00Z\r\nWARC-Target-URI: "
            + uri
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    return concat(
        concat(head.getBytes(StandardCharsets.US_ASCII), block),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
