package dev.crosscheck.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stories data set: its articles and the gold story of each.
 *
 * @param articles in file order
 * @param gold article id to story label
 */
public record StoryDataset(List<Article> articles, Map<String, String> gold) {
  public StoryDataset {
    articles = List.copyOf(articles);
    gold = Map.copyOf(gold);
  }

  /**
   * Reads {@code dir/articles.jsonl} and {@code dir/gold.tsv} (header line, then id TAB story).
   * Articles without a gold label are dropped; a gold id without an article is an error.
   *
   * @throws IOException if a file is missing or unreadable
   * @throws IllegalArgumentException if a line is malformed (the message names file and line)
   */
  public static StoryDataset read(Path dir) throws IOException {
    Map<String, String> gold = readGold(dir.resolve("gold.tsv"));
    List<Article> articles = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve("articles.jsonl");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not JSON: " + e.getMessage());
      }
      String id = text(node, "id");
      if (id == null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": no id");
      }
      if (gold.containsKey(id)) {
        articles.add(article(node, id, file + ":" + (i + 1)));
      }
    }
    if (articles.size() != gold.size()) {
      throw new IllegalArgumentException(
          dir + ": gold.tsv labels " + gold.size() + " ids, articles.jsonl has " + articles.size());
    }
    return new StoryDataset(articles, gold);
  }

  private static Article article(JsonNode node, String id, String input) {
    String text = text(node, "text");
    return new Article(
        id,
        input,
        text(node, "title"),
        null,
        text(node, "source"),
        text(node, "url"),
        text(node, "published"),
        text(node, "language"),
        text == null ? "" : text);
  }

  private static Map<String, String> readGold(Path file) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected id<TAB>story");
      }
      gold.put(parts[0].strip(), parts[1].strip());
    }
    return gold;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
