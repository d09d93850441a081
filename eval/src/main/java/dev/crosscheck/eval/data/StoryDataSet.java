package dev.crosscheck.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story data set as described in {@code ../shared/data/README.md}: {@code articles.jsonl}
 * (articles), {@code gold.tsv} (article id to story label) and, where present, {@code
 * summaries.jsonl} (reference summary per story).
 *
 * @param articles in file order; articles without a gold label are left out
 * @param gold story label by article id
 * @param summaries reference summary by story label; empty when the set has none
 */
public record StoryDataSet(
    List<Article> articles, Map<String, String> gold, Map<String, String> summaries) {

  /**
   * Reads the set in {@code dir}.
   *
   * @throws IllegalArgumentException naming the file and line when a file is missing or malformed
   */
  public static StoryDataSet read(Path dir) {
    Path articlesFile = dir.resolve("articles.jsonl");
    Path goldFile = dir.resolve("gold.tsv");
    for (Path required : List.of(articlesFile, goldFile)) {
      if (!Files.isRegularFile(required)) {
        throw new IllegalArgumentException("missing " + required + " (expected a story data set)");
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Article> pending = new ArrayList<>();
    forEachLine(
        articlesFile,
        (line, n) -> {
          JsonNode node = mapper.readTree(line);
          String id = text(node, "id");
          if (id == null) {
            throw new IllegalArgumentException(articlesFile + ":" + n + ": missing field 'id'");
          }
          String body = text(node, "text");
          pending.add(
              new Article(
                  id,
                  articlesFile + ":" + n,
                  text(node, "title"),
                  null,
                  text(node, "source"),
                  text(node, "url"),
                  text(node, "published"),
                  text(node, "language"),
                  body == null ? "" : body));
        });
    Map<String, String> gold = new LinkedHashMap<>();
    forEachLine(
        goldFile,
        (line, n) -> {
          String[] cells = line.split("\t");
          if (n == 1 && cells[0].equals("id")) {
            return;
          }
          if (cells.length < 2) {
            throw new IllegalArgumentException(goldFile + ":" + n + ": expected id<TAB>story");
          }
          gold.put(cells[0], cells[1]);
        });
    List<Article> articles = pending.stream().filter(a -> gold.containsKey(a.id())).toList();
    if (articles.size() != gold.size()) {
      throw new IllegalArgumentException(
          dir
              + ": gold.tsv labels "
              + gold.size()
              + " ids, articles.jsonl has "
              + articles.size()
              + " of them");
    }
    Map<String, String> summaries = new LinkedHashMap<>();
    Path summariesFile = dir.resolve("summaries.jsonl");
    if (Files.isRegularFile(summariesFile)) {
      forEachLine(
          summariesFile,
          (line, n) -> {
            JsonNode node = mapper.readTree(line);
            summaries.put(text(node, "story"), text(node, "summary"));
          });
    }
    return new StoryDataSet(articles, gold, summaries);
  }

  /** The articles grouped by gold story, in order of first appearance. */
  public Map<String, List<Article>> byStory() {
    Map<String, List<Article>> stories = new LinkedHashMap<>();
    for (Article a : articles) {
      String story = gold.get(a.id());
      if (story != null) {
        stories.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
      }
    }
    return stories;
  }

  private interface LineHandler {
    void handle(String line, int number) throws IOException;
  }

  private static void forEachLine(Path file, LineHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (!line.isBlank()) {
          try {
            handler.handle(line, n);
          } catch (IOException e) {
            throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
