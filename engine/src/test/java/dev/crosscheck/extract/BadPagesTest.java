package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.pipeline.Extraction;
import dev.crosscheck.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code bad/}): malformed markup, wrong or missing charsets, pages without
 * an article, script-only pages, huge and deeply nested pages. Each page is either extracted or
 * rejected with a reason; nothing escapes as an exception.
 */
class BadPagesTest {
  private static final String BAD = "/dev/crosscheck/extract/bad/";
  private static final String PARAGRAPH = "The council approved the new budget on Tuesday";
  private static final String ACCENTS = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e";
  private static final String QUOTES = "\u201cGr\u00fc\u00dfe\u201d, said the na\u00efve reviewer.";
  private static final String NO_TEXT = "no article text found";

  private final Pipeline pipeline = new Pipeline();

  @TempDir Path dir;

  static Stream<String> pages() {
    return Stream.of(
        "unclosed-tags.html",
        "stray-end-tags.html",
        "broken-attributes.html",
        "no-article.html",
        "script-only.html",
        "empty-body.html",
        "comment-only.html",
        "utf8-bom.html",
        "utf16le-bom.html",
        "meta-latin1.html",
        "undeclared-latin1.html",
        "wrong-meta-utf8-is-latin1.html",
        "wrong-meta-latin1-is-utf8.html",
        "unknown-charset.html",
        "binary-garbage.html",
        "nested-tables.html",
        "json-ld-broken.html");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyBadPageIsExtractedOrRejectedWithAReason(String name) throws IOException {
    Extraction result = pipeline.extract(List.of(copy(name)));

    assertThat(result.articles().size() + result.rejected().size()).isEqualTo(1);
    result.rejected().forEach(r -> assertThat(r.reason()).isNotBlank());
    result.articles().forEach(a -> assertThat(a.text()).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedMarkupStillGivesTheText(String name) throws IOException {
    assertThat(article(name).text()).contains(PARAGRAPH);
  }

  static Stream<String> malformed() {
    return Stream.of(
        "unclosed-tags.html",
        "stray-end-tags.html",
        "broken-attributes.html",
        "nested-tables.html",
        "json-ld-broken.html");
  }

  @ParameterizedTest
  @MethodSource("charsets")
  void charsetsComeFromTheBomThenTheMetaThenTheContent(String name) throws IOException {
    assertThat(article(name).text()).contains(ACCENTS).contains(QUOTES).doesNotContain("\ufffd");
  }

  static Stream<String> charsets() {
    return Stream.of(
        "utf8-bom.html",
        "utf16le-bom.html",
        "meta-latin1.html",
        "undeclared-latin1.html",
        "wrong-meta-utf8-is-latin1.html",
        "wrong-meta-latin1-is-utf8.html",
        "unknown-charset.html");
  }

  @ParameterizedTest
  @MethodSource("withoutArticle")
  void pagesWithoutAnArticleAreRejectedAsSuch(String name) throws IOException {
    assertThat(rejection(name).reason()).isEqualTo(NO_TEXT);
  }

  static Stream<String> withoutArticle() {
    return Stream.of("no-article.html", "script-only.html", "empty-body.html", "comment-only.html");
  }

  @Test
  void binaryGarbageIsRejectedAsBinary() throws IOException {
    assertThat(rejection("binary-garbage.html").reason()).contains("binary");
  }

  @Test
  void enormousSingleLinesAreExtracted() throws IOException {
    Path words = write("one-long-line.html", "<p>" + "word ".repeat(200_000) + "</p>");
    Path unbroken =
        write(
            "no-spaces.html",
            "<div>" + "x".repeat(1_000_000) + "</div><p>" + PARAGRAPH + " and more.</p>");

    Extraction result = pipeline.extract(List.of(words, unbroken));

    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles()).hasSize(2);
    assertThat(result.articles().get(0).text()).hasSizeGreaterThan(900_000);
  }

  @Test
  void hundredThousandNestedDivsDoNotOverflowTheStack() throws IOException {
    String open = "<div>".repeat(100_000);
    String close = "</div>".repeat(100_000);
    Path page = write("nested.html", open + "<p>" + PARAGRAPH + " deep down.</p>" + close);

    Extraction result = pipeline.extract(List.of(page));

    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles().get(0).text()).contains(PARAGRAPH);
  }

  @Test
  void seededRandomMarkupNeverThrows() {
    Random random = new Random(20250301L);
    String[] pieces = {
      "<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<script>", "</script>", "<table>",
      "<td>", "<!--", "-->", "<br>", "&amp;", "&#x0;", "\u0000", "text ", "more words here. ",
      "<article>", "<nav>", "class=\"share\"", "<", ">", "\"", "<h1>", "</h1>"
    };
    HtmlExtractor extractor = new HtmlExtractor();
    for (int page = 0; page < 200; page++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(400); i > 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(extractor.extract(html.toString()).text()).isNotNull();
    }
  }

  @Test
  void aPageJustUnderTheSizeCapIsExtracted() throws IOException {
    Path page = dir.resolve("big.html");
    long written = writeBigPage(page, DocumentReader.DEFAULT_MAX_FILE_BYTES - 64 * 1024);
    assertThat(written).isLessThan(DocumentReader.DEFAULT_MAX_FILE_BYTES);

    Extraction result = pipeline.extract(List.of(page));

    assertThat(result.rejected()).isEmpty();
    Article article = result.articles().get(0);
    assertThat(article.text()).startsWith("Paragraph 0 of the long report");
  }

  @Test
  void aPageOverTheSizeCapIsRejectedWithTheLimit() throws IOException {
    Path page = dir.resolve("too-big.html");
    writeBigPage(page, DocumentReader.DEFAULT_MAX_FILE_BYTES + 1024);

    Extraction result = pipeline.extract(List.of(page));

    assertThat(result.articles()).isEmpty();
    assertThat(result.rejected().get(0).reason()).contains("20.0 MiB");
  }

  /** Writes a page of numbered paragraphs of at least {@code bytes} bytes; returns its size. */
  private static long writeBigPage(Path page, long bytes) throws IOException {
    try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      out.write("<html><head><title>Long report</title></head><body><article>");
      long size = 64;
      for (int i = 0; size < bytes - 200; i++) {
        String p =
            "<p>Paragraph "
                + i
                + " of the long report says the committee met again and agreed on the next"
                + " steps for the harbour project.</p>\n";
        out.write(p);
        size += p.length();
      }
      out.write("</article></body></html>");
    }
    return Files.size(page);
  }

  private Article article(String name) throws IOException {
    Extraction result = pipeline.extract(List.of(copy(name)));
    assertThat(result.rejected()).isEmpty();
    return result.articles().get(0);
  }

  private Rejection rejection(String name) throws IOException {
    Extraction result = pipeline.extract(List.of(copy(name)));
    assertThat(result.articles()).isEmpty();
    return result.rejected().get(0);
  }

  private Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = BadPagesTest.class.getResourceAsStream(BAD + name);
        OutputStream out = Files.newOutputStream(target)) {
      assertThat(in).as(name).isNotNull();
      in.transferTo(out);
    }
    return target;
  }

  private Path write(String name, String body) throws IOException {
    return Files.writeString(
        dir.resolve(name), "<html><body>" + body + "</body></html>", StandardCharsets.UTF_8);
  }
}
