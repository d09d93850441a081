package dev.crosscheck.eval.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.ingest.ArticleRecords;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads pair data sets; the articles go through the same extraction as {@code compare}. */
public final class PairSetReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Pipeline pipeline = new Pipeline();

  /** The sets under {@code dir}: itself when it holds {@code pairs.jsonl}, else its sub-folders. */
  public List<Path> find(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("pairs.jsonl"))) {
      return List.of(dir);
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(c -> Files.isRegularFile(c.resolve("pairs.jsonl")))
          .filter(c -> Files.isRegularFile(c.resolve("gold.tsv")))
          .sorted()
          .toList();
    }
  }

  /** Reads the set in {@code dir}. */
  public PairSet read(Path dir) throws IOException {
    Map<String, Double> gold = gold(dir.resolve("gold.tsv"));
    List<LabeledPair> pairs = new ArrayList<>();
    int rejected = 0;
    int number = 0;
    for (String line : Files.readAllLines(dir.resolve("pairs.jsonl"), StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = mapper.readTree(line);
        String id = node.path("id").asText();
        Double value = gold.get(id);
        if (value == null) {
          continue;
        }
        String input = dir.getFileName() + ":" + number;
        String group = node.path("lang_pair").asText("-");
        pairs.add(
            new LabeledPair(
                id, group, article(node, input, "a"), article(node, input, "b"), value));
      } catch (IOException | IllegalArgumentException e) {
        rejected++;
      }
    }
    Path readme = dir.resolve("README.md");
    String text = Files.isRegularFile(readme) ? Files.readString(readme) : "";
    double[] values = pairs.stream().mapToDouble(LabeledPair::gold).toArray();
    return new PairSet(
        String.valueOf(dir.getFileName()), GoldScale.of(values, text), pairs, rejected);
  }

  private Article article(JsonNode pair, String input, String field) {
    JsonNode node = pair.get(field);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("field '" + field + "' must be an article object");
    }
    ArticleRecords.Result read = ArticleRecords.read(input + ":" + field, node);
    Optional<RawDocument> document = read.document();
    if (document.isEmpty()) {
      throw new IllegalArgumentException(read.reason());
    }
    return pipeline.extract(document.get());
  }

  static Map<String, Double> gold(Path file) throws IOException {
    Map<String, Double> gold = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      try {
        gold.put(fields[0], Double.parseDouble(fields[1].strip()));
      } catch (NumberFormatException header) {
        // the header line ("id<TAB>score")
      }
    }
    return gold;
  }
}
