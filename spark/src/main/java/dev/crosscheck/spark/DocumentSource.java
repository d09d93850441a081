package dev.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.ingest.ArticleRecords;
import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file into raw documents and rejections with the engine's own {@link
 * DocumentReader} (on a local copy named like the original, so ids and reasons are the embedded
 * run's), except JSON Lines beyond the embedded reader's size limit, which are streamed line by
 * line through {@link ArticleRecords}: a backfill's files are often larger than one article batch.
 */
final class DocumentSource {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The documents and rejections of {@code file}.
   *
   * @param size the file's size in bytes
   * @param open opens the file's bytes
   */
  List<ReadItem> read(InputFile file, long size, Supplier<InputStream> open) {
    String name = file.display().substring(file.display().lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
    if (jsonLines && size > DocumentReader.DEFAULT_MAX_FILE_BYTES) {
      return stream(file, lower.endsWith(".gz"), open);
    }
    return copyAndRead(file, name, open);
  }

  private List<ReadItem> copyAndRead(InputFile file, String name, Supplier<InputStream> open) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("crosscheck-spark");
      Path local = dir.resolve(name.isEmpty() ? "input" : name);
      try (InputStream in = open.get()) {
        Files.copy(in, local);
      }
      IngestResult result = new DocumentReader().read(List.of(local));
      String prefix = local.toString();
      List<ReadItem> items = new ArrayList<>();
      List<RawDocument> documents = result.documents();
      for (int k = 0; k < documents.size(); k++) {
        RawDocument d = documents.get(k);
        RawDocument named =
            new RawDocument(
                d.id(), rename(d.input(), prefix, file), d.format(), d.content(), d.hints());
        items.add(new ReadItem(ArticleRow.of(order(file, named.input(), k), named), null));
      }
      List<Rejection> rejected = result.rejected();
      for (int k = 0; k < rejected.size(); k++) {
        Rejection r = rejected.get(k);
        String input = rename(r.input(), prefix, file);
        items.add(
            new ReadItem(
                null,
                new RejectionRow(
                    order(file, input, k), input, r.reason().replace(prefix, file.display()))));
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.display() + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private List<ReadItem> stream(InputFile file, boolean gzipped, Supplier<InputStream> open) {
    List<ReadItem> items = new ArrayList<>();
    try (InputStream raw = open.get();
        InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          items.add(parse(file, number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.display() + ": " + e.getMessage(), e);
    }
    return items;
  }

  private ReadItem parse(InputFile file, long number, String line) {
    String input = file.display() + ":" + number;
    Order order = new Order(0, file.input(), file.display(), number);
    try {
      ArticleRecords.Result result = ArticleRecords.read(input, mapper.readTree(line));
      if (result.document().isPresent()) {
        return new ReadItem(ArticleRow.of(order, result.document().get()), null);
      }
      return new ReadItem(null, new RejectionRow(order, input, result.reason()));
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
      return new ReadItem(
          null,
          new RejectionRow(
              order, input, "invalid JSON: " + message.lines().findFirst().orElse("")));
    }
  }

  /** The JSON Lines line of an input ({@code path:line}), else {@code index}: reading order. */
  private static Order order(InputFile file, String input, long index) {
    long line = index;
    int colon = input.lastIndexOf(':');
    if (colon > file.display().length() - 1 && input.startsWith(file.display() + ":")) {
      try {
        line = Long.parseLong(input.substring(colon + 1));
      } catch (NumberFormatException e) {
        line = index;
      }
    }
    return new Order(0, file.input(), file.display(), line);
  }

  private static String rename(String input, String prefix, InputFile file) {
    return input.startsWith(prefix) ? file.display() + input.substring(prefix.length()) : input;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary file does not fail the job.
    }
  }
}
