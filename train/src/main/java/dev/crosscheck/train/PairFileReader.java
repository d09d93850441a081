package dev.crosscheck.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a binary pair set: {@code pairs.jsonl} (one pair a line: {@code id}, articles {@code a} and
 * {@code b} whose {@code text} is the sentence) and {@code gold.tsv} ({@code id<TAB>label}, 1 =
 * positive). The texts are taken as they are: a sentence set needs no extraction.
 */
public final class PairFileReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The set's labelled pairs in file order; lines without a gold label or a text are skipped.
   *
   * @throws IOException when a file cannot be read
   */
  public List<SentencePair> read(Path dir) throws IOException {
    Map<String, Boolean> gold = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 2 && fields[1].strip().matches("[01](\\.0+)?")) {
        gold.put(fields[0], Double.parseDouble(fields[1].strip()) > 0.5);
      }
    }
    List<SentencePair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("pairs.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      String id = node.path("id").asText();
      JsonNode a = node.path("a").path("text");
      JsonNode b = node.path("b").path("text");
      if (gold.containsKey(id) && a.isTextual() && b.isTextual()) {
        pairs.add(new SentencePair(id, a.asText(), b.asText(), gold.get(id)));
      }
    }
    return pairs;
  }
}
