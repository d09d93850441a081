package dev.crosscheck.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The trafilatura evaluation set on disk: {@code evaldata.json} (annotations keyed by page address)
 * and {@code html/<file>.gz} (the pages' raw bytes). Pages are split into two halves by the CRC-32
 * of their file name, so tuning on one half can be checked on the other.
 */
public final class ExtractionCorpus {
  /** The annotation file's name. */
  public static final String ANNOTATIONS = "evaldata.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path dir;
  private final List<ExtractionCase> cases;

  private ExtractionCorpus(Path dir, List<ExtractionCase> cases) {
    this.dir = dir;
    this.cases = cases;
  }

  /**
   * Reads the annotations of a set folder, ordered by file name.
   *
   * @param dir the folder holding {@code evaldata.json} and {@code html/}
   * @throws IOException when the annotation file is missing or not valid JSON
   */
  public static ExtractionCorpus read(Path dir) throws IOException {
    if (dir == null) {
      throw new IllegalArgumentException("dir must not be null");
    }
    Path annotations = dir.resolve(ANNOTATIONS);
    if (!Files.isRegularFile(annotations)) {
      throw new IOException(
          annotations + ": no such file (expected the set's " + ANNOTATIONS + ")");
    }
    JsonNode root = MAPPER.readTree(Files.readString(annotations, StandardCharsets.UTF_8));
    List<ExtractionCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      cases.add(toCase(e.getKey(), e.getValue()));
    }
    cases.sort(Comparator.comparing(ExtractionCase::file).thenComparing(ExtractionCase::url));
    return new ExtractionCorpus(dir, List.copyOf(cases));
  }

  /** The annotated pages, ordered by file name. */
  public List<ExtractionCase> cases() {
    return cases;
  }

  /** Where a page's gzipped bytes are. */
  public Path page(ExtractionCase c) {
    return dir.resolve("html").resolve(c.file() + ".gz");
  }

  /**
   * Whether a page is in the tuning half (even CRC-32 of its file name) rather than the check half.
   */
  public static boolean inTuningHalf(ExtractionCase c) {
    CRC32 crc = new CRC32();
    crc.update(c.file().getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0;
  }

  private static ExtractionCase toCase(String url, JsonNode v) {
    return new ExtractionCase(
        url,
        v.path("file").asText(),
        strings(v.get("with")),
        strings(v.get("without")),
        text(v.get("title")),
        text(v.get("author")),
        text(v.get("date")));
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }
}
