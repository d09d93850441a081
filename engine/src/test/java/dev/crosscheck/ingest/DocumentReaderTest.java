package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import dev.crosscheck.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsAFolderRecursivelyInPathOrderSkippingHiddenEntries() throws IOException {
    write("b.html", "<html><body><p>Hello</p></body></html>");
    write("a.txt", "Plain text body.");
    write("sub/c.HTM", "<p>Upper case extension</p>");
    write("sub/a.b-c.html.gz", gzip("<p>zipped</p>".getBytes(StandardCharsets.UTF_8)));
    write("d.txt.gz", gzip("zipped text".getBytes(StandardCharsets.UTF_8)));
    write(".hidden.txt", "secret");
    write(".git/e.txt", "secret");

    IngestResult result = reader.read(List.of(dir));

    assertThat(result.rejected()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::id, RawDocument::input, RawDocument::format)
        .containsExactly(
            tuple("a", dir.resolve("a.txt").toString(), Format.TEXT),
            tuple("b", dir.resolve("b.html").toString(), Format.HTML),
            tuple("d", dir.resolve("d.txt.gz").toString(), Format.TEXT),
            tuple("a.b-c", dir.resolve("sub/a.b-c.html.gz").toString(), Format.HTML),
            tuple("c", dir.resolve("sub/c.HTM").toString(), Format.HTML));
    assertThat(result.documents().get(2).content()).isEqualTo("zipped text");
  }

  @Test
  void emptyInputGivesEmptyResult() {
    IngestResult result = reader.read(List.of());
    assertThat(result.documents()).isEmpty();
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> reader.read(null)).hasMessage("inputs must not be null");
    assertThatThrownBy(() -> reader.read(Arrays.asList(dir, null)))
        .hasMessage("inputs[1] must not be null");
    assertThatThrownBy(() -> new DocumentReader(0)).hasMessage("maxFileBytes (0) must be > 0");
  }

  @Test
  void missingPathAndArticlelessFolderAreRejected() throws IOException {
    Path missing = dir.resolve("nope.txt");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path junk = write("junk/x.pdf", "%PDF");

    IngestResult result = reader.read(List.of(missing, empty, junk.getParent()));

    assertThat(result.rejected())
        .containsExactly(
            new Rejection(missing.toString(), "no such file or folder"),
            new Rejection(empty.toString(), "folder holds no articles"),
            new Rejection(
                junk.toString(),
                "unsupported file type '.pdf' (expected .txt, .html, .htm, .jsonl, .xml, .rss, .atom,"
                    + " .warc, optionally .gz)"),
            new Rejection(junk.getParent().toString(), "folder holds no articles"));
  }

  @Test
  void brokenFeedsWarcsAndUnknownTypesAreRejectedWithReasons() throws IOException {
    List<Path> files =
        List.of(
            write("f.xml", "<rss/>"),
            write("w.warc", "WARC/1.0"),
            write("w.warc.gz", gzip("WARC/1.0".getBytes(StandardCharsets.UTF_8))),
            write("noext", "text"));

    List<Rejection> rejected = reader.read(files).rejected();

    assertThat(rejected).extracting(Rejection::reason).hasSize(4);
    assertThat(rejected.get(0).reason())
        .isEqualTo("malformed feed: required elements (such as <channel>) are missing");
    assertThat(rejected.get(1).reason()).startsWith("damaged WARC, reading stopped at record 1");
    assertThat(rejected.get(2).reason()).startsWith("damaged WARC, reading stopped at record 1");
    assertThat(rejected.get(3).reason())
        .isEqualTo(
            "unsupported file type without extension (expected .txt, .html, .htm, .jsonl, .xml,"
                + " .rss, .atom, .warc, optionally .gz)");
  }

  @Test
  void duplicateIdsAreRejectedNamingTheFirstInput() throws IOException {
    Path first = write("x/a.txt", "one");
    Path second = write("y/a.html", "<p>two</p>");
    Path lines =
        write("z.jsonl", "{\"id\":\"a\",\"text\":\"three\"}\n{\"id\":\"b\",\"text\":\"b\"}");

    IngestResult result = reader.read(List.of(first, second, lines));

    assertThat(result.documents()).extracting(RawDocument::id).containsExactly("a", "b");
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(
                second.toString(), "duplicate article id 'a' (first seen in " + first + ")"),
            new Rejection(lines + ":1", "duplicate article id 'a' (first seen in " + first + ")"));
  }

  @Test
  void badContentGetsOneClearReasonEach() throws IOException {
    List<Path> files =
        List.of(
            write("empty.txt", ""),
            write("blank.txt", "  \n\t \n"),
            write("nul.txt", new byte[] {'a', 'b', 0, 'c'}),
            write("ctl.txt", new byte[] {1, 2, 3, 4, 5, 6, 'a', 'b', 'c', 'd'}),
            write("bad.txt", new byte[] {'a', 'b', 'c', (byte) 0xC3, '(', 'd'}),
            write("broken.html.gz", Arrays.copyOf(gzip(new byte[5000]), 20)),
            write("plain.html.gz", "not gzip at all"),
            write("ok.txt", "fine"));

    IngestResult result = reader.read(files);

    assertThat(result.documents()).extracting(RawDocument::id).containsExactly("ok");
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .containsExactly(
            "empty file",
            "file holds only whitespace",
            "binary content, expected text",
            "binary content, expected text",
            "invalid UTF-8 at byte 3",
            "broken gzip: truncated data",
            "broken gzip: not gzip data despite the .gz extension");
  }

  @Test
  void htmlHonoursMetaCharsetAndByteOrderMarks() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    Path latin =
        write(
            "latin.html",
            "<meta charset=\"ISO-8859-1\"><p>Caf\u00e9 \u2014 cr\u00e8me</p>".getBytes(cp1252));
    Path httpEquiv =
        write(
            "equiv.htm",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\u201cna\u00efve\u201d</p>"
                .getBytes(cp1252));
    Path bom =
        write(
            "bom.txt",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Zo\u00eb")));
    Path utf16 =
        write(
            "utf16.html",
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_16LE)));
    Path latinText = write("latin.txt", "Caf\u00e9".getBytes(cp1252));

    IngestResult result = reader.read(List.of(latin, httpEquiv, bom, utf16, latinText));

    assertThat(result.documents())
        .extracting(RawDocument::content)
        .containsExactly(
            "<meta charset=\"ISO-8859-1\"><p>Caf\u00e9 \u2014 cr\u00e8me</p>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\u201cna\u00efve\u201d</p>",
            "Zo\u00eb",
            "<p>\u00fcber</p>");
    assertThat(result.rejected())
        .containsExactly(new Rejection(latinText.toString(), "invalid UTF-8 at byte 3"));
  }

  @Test
  void textFileHoldingAPageIsReadAsHtml() throws IOException {
    Path page = write("page.txt", "\n<!DOCTYPE html><html><body><p>x</p></body></html>");
    assertThat(reader.read(List.of(page)).documents().get(0).format()).isEqualTo(Format.HTML);
  }

  @Test
  void fileOverTheLimitIsRejectedBeforeReading() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1000 * 1000); // sparse: nothing is written
    }

    List<Rejection> rejected = reader.read(List.of(big)).rejected();

    assertThat(rejected)
        .containsExactly(
            new Rejection(
                big.toString(),
                "file too large: 50000000 bytes (47.7 MiB), the limit is 20971520 bytes (20.0 MiB)"));
  }

  @Test
  void gzipBombIsBoundedByTheLimit() throws IOException {
    Path bomb = write("bomb.html.gz", gzip(new byte[1024 * 1024]));
    assertThat(Files.size(bomb)).isLessThan(4096);

    List<Rejection> rejected = new DocumentReader(64 * 1024).read(List.of(bomb)).rejected();

    assertThat(rejected)
        .extracting(Rejection::reason)
        .containsExactly(
            "decompressed content exceeds the limit of 65536 bytes (0.1 MiB) (gzip bomb?)");
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path locked = write("locked.txt", "secret");
    locked.toFile().setReadable(false, false);
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");

    assertThat(reader.read(List.of(locked)).rejected())
        .containsExactly(new Rejection(locked.toString(), "unreadable file: permission denied"));
  }

  @Test
  void seededRandomFilesAreEachReadOrRejectedNeverThrown() throws IOException {
    java.util.Random random = new java.util.Random(20250217L);
    String[] names = {"txt", "html", "htm", "jsonl", "txt.gz", "html.gz", "xml", "bin"};
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      if (random.nextBoolean()) {
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = (byte) (0x20 + random.nextInt(0x5f));
        }
      }
      String ext = names[random.nextInt(names.length)];
      byte[] content = ext.endsWith(".gz") && random.nextBoolean() ? gzip(bytes) : bytes;
      files.add(write(String.format(java.util.Locale.ROOT, "r%02d.%s", i, ext), content));
    }

    IngestResult result = reader.read(List.of(dir));
    IngestResult again = reader.read(List.of(dir));

    assertThat(again).isEqualTo(result);
    List<String> inputs = new ArrayList<>();
    result.documents().forEach(d -> inputs.add(d.input().replaceFirst(":\\d+$", "")));
    result.rejected().forEach(r -> inputs.add(r.input().replaceFirst(":\\d+$", "")));
    assertThat(inputs).containsAll(files.stream().map(Path::toString).toList());
    assertThat(result.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
  }

  private Path write(String name, String content) throws IOException {
    return write(name, utf8(content));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
