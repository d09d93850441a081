package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import dev.crosscheck.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void rssItemsBecomeDocumentsAndALinkOnlyItemIsRejected() throws IOException {
    Path feed = fixture("news.rss");

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.documents())
        .extracting(RawDocument::id, RawDocument::input, RawDocument::format)
        .containsExactly(
            tuple("gazette-2024-0311-bridge", feed + "#1", Format.HTML),
            tuple("news#2", feed + "#2", Format.TEXT));
    RawDocument first = result.documents().get(0);
    assertThat(first.content()).contains("<b>reopened</b>").doesNotContain("short summary");
    assertThat(first.hints().title()).isEqualTo("Bridge reopens after repairs");
    assertThat(first.hints().url()).isEqualTo("https://gazette.example/bridge");
    assertThat(first.hints().source()).isEqualTo("Harbour Gazette");
    assertThat(first.hints().published()).isEqualTo("2024-03-11T09:30:00Z");
    assertThat(JsonLinesParser.isIsoDate(first.hints().published())).isTrue();
    RawDocument second = result.documents().get(1);
    assertThat(second.content())
        .isEqualTo(
            "Council approves budget\n\nThe council approved the 2024 budget by nine votes to four.");
    assertThat(second.hints().published()).isEqualTo("2024-03-12T17:00:00Z");
    assertThat(result.rejected())
        .containsExactly(
            new Rejection(feed + "#3", "item 3: no content, only a link; fetching is not done"));
  }

  @Test
  void idsAreStableAcrossRuns() throws IOException {
    Path feed = fixture("news.rss");
    assertThat(reader.read(List.of(feed)).documents())
        .isEqualTo(new DocumentReader().read(List.of(feed)).documents());
  }

  @Test
  void atomEntriesUseTheirIdsContentAndSummary() throws IOException {
    Path feed = fixture("news.atom");

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.rejected()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::id, RawDocument::format, d -> d.hints().published())
        .containsExactly(
            tuple("tag:river.example,2024:flood", Format.HTML, "2024-03-12T06:15:00Z"),
            tuple("tag:river.example,2024:ferry", Format.TEXT, "2024-03-11T07:00:00Z"));
    assertThat(result.documents().get(0).content()).contains("<p>The flood warning");
    assertThat(result.documents().get(0).hints().source()).isEqualTo("River Times");
    assertThat(result.documents().get(1).content())
        .isEqualTo(
            "Ferry timetable changes\n\nThe morning ferry will leave at 7:40 from next week.");
  }

  @Test
  void theSameFeedTwiceIsRejectedAsDuplicates() throws IOException {
    Path feed = fixture("news.atom");
    Path copy = Files.copy(feed, dir.resolve("copy.atom"));

    IngestResult result = reader.read(List.of(feed, copy));

    assertThat(result.documents()).hasSize(2);
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .allMatch(r -> r.startsWith("duplicate article id"));
  }

  @Test
  void xmlThatIsNotAFeedIsRejected() throws IOException {
    Path xml = fixture("not-a-feed.xml");
    assertThat(reader.read(List.of(xml)).rejected())
        .containsExactly(new Rejection(xml.toString(), "XML but neither an RSS nor an Atom feed"));
  }

  @Test
  void aDoctypeIsRefusedSoExternalEntitiesAreNeverRead() throws IOException {
    Path xxe = fixture("xxe.rss");

    IngestResult result = reader.read(List.of(xxe));

    assertThat(result.documents()).isEmpty();
    assertThat(result.rejected())
        .singleElement()
        .extracting(Rejection::reason)
        .asString()
        .contains("DOCTYPE")
        .doesNotContain("root:");
  }

  @Test
  void anEmptyFeedIsRejected() throws IOException {
    Path feed = fixture("empty.rss");
    assertThat(reader.read(List.of(feed)).rejected())
        .containsExactly(new Rejection(feed.toString(), "feed holds no items"));
  }

  @Test
  void emptyAndBrokenFilesAreRejected() throws IOException {
    Path empty = Files.writeString(dir.resolve("e.xml"), "");
    Path text = Files.writeString(dir.resolve("t.rss"), "just some words");
    Path cut =
        Files.writeString(
            dir.resolve("c.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>");

    IngestResult result = reader.read(List.of(empty, text, cut));

    assertThat(result.documents()).isEmpty();
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .containsExactly(
            "empty file",
            "not a well-formed feed: Error on line 1: Content is not allowed in prolog.",
            "not a well-formed feed: Error on line 1: XML document structures must start and end within the same entity.");
  }

  @Test
  void seededRandomBytesNeverThrow() throws IOException {
    Random random = new Random(20240311L);
    String[] names = {"r.rss", "r.xml", "r.atom", "r.rss.gz"};
    for (int i = 0; i < 40; i++) {
      byte[] bytes = new byte[1 + random.nextInt(2000)];
      random.nextBytes(bytes);
      if (i % 4 == 1) {
        byte[] head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>".getBytes();
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, bytes.length));
      }
      Path file = Files.write(dir.resolve(i + "-" + names[i % names.length]), bytes);
      IngestResult result = reader.read(List.of(file));
      assertThat(result.rejected()).as(file.toString()).isNotEmpty();
    }
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }
}
