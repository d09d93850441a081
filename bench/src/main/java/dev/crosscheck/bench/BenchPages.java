package dev.crosscheck.bench;

import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages the extraction benchmark runs on: the development set's pages when present (decoded by
 * our ingestion, as the evaluation does), else a few synthetic news pages built here.
 */
final class BenchPages {
  /** How many synthetic pages stand in when the development set is absent. */
  static final int SYNTHETIC_PAGES = 8;

  private BenchPages() {}

  /**
   * Loads up to {@code max} pages, in file name order.
   *
   * @param dataDir the set folder (holding {@code html/}); absent means synthetic pages
   */
  static List<RawDocument> load(Path dataDir, int max) throws IOException {
    Path html = dataDir.resolve("html");
    if (!Files.isDirectory(html)) {
      return synthetic();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(html)) {
      files = s.filter(p -> p.toString().endsWith(".gz")).sorted().limit(max).toList();
    }
    List<RawDocument> docs = new ArrayList<>(new DocumentReader().read(files).documents());
    return docs.isEmpty() ? synthetic() : docs;
  }

  static List<RawDocument> synthetic() {
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < SYNTHETIC_PAGES; i++) {
      docs.add(
          new RawDocument("synthetic-" + i, "synthetic", RawDocument.Format.HTML, page(i), null));
    }
    return docs;
  }

  /** A news page of typical shape: head metadata, navigation, an article, related links. */
  private static String page(int seed) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story ")
        .append(seed)
        .append(" | Example News</title><meta property=\"og:title\" content=\"Story ")
        .append(seed)
        .append("\"><script>var tracking = {id: ")
        .append(seed)
        .append("};</script></head><body><header><nav><ul>");
    for (int i = 0; i < 40; i++) {
      html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i);
      html.append("</a></li>");
    }
    html.append("</ul></nav></header><main><article><h1>Story ").append(seed).append("</h1>");
    html.append("<div class=\"byline\">By A. Writer</div><div class=\"article-body\">");
    for (int p = 0; p < 12 + seed; p++) {
      html.append("<p>Paragraph ")
          .append(p)
          .append(" of story ")
          .append(seed)
          .append(": the council said on Tuesday that the harbour project would go ahead, with")
          .append(" <a href=\"/x\">funding</a> agreed after months of talks between the city,")
          .append(" the port authority and residents who had raised concerns about noise.</p>");
    }
    html.append("</div></article><aside class=\"related\"><h2>Related</h2><ul>");
    for (int i = 0; i < 10; i++) {
      html.append("<li><a href=\"/story/").append(i).append("\">Another headline ").append(i);
      html.append(" about something else</a></li>");
    }
    html.append("</ul></aside></main><footer><p>Copyright 2025 Example News.</p></footer>");
    return html.append("</body></html>").toString();
  }
}
