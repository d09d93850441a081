package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast language scorer answers as OpenNLP's detector on every text of the shared data sets (the
 * multilingual SemEval 2022 pairs among them) and on the seed articles.
 */
@Tag("shared")
class SharedLanguagesTest {
  private static final Path SHARED = Path.of("..", "..", "shared");

  @Test
  void everySharedTextGetsTheSameLanguage() throws IOException {
    LanguageDetector detector = new LanguageDetector();
    Map<String, Integer> languages = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    List<String> texts = texts();
    for (String text : texts) {
      String fast = detector.detect(text);
      String reference = detector.detectWithOpenNlp(text);
      languages.merge(String.valueOf(fast), 1, Integer::sum);
      if (!String.valueOf(fast).equals(String.valueOf(reference))) {
        differences.add(reference + " -> " + fast + ": " + text.substring(0, 60));
      }
    }
    System.out.println(texts.size() + " shared texts, languages " + languages);
    assertThat(texts).hasSizeGreaterThan(10_000);
    assertThat(languages).containsKeys("de", "en", "es", "fr", "it", "pl", "ru", "tr", "zh");
    assertThat(differences).isEmpty();
  }

  private static List<String> texts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    Path data = SHARED.resolve("data");
    for (Path file : List.of(data.resolve("stories"), data.resolve("pairs"))) {
      try (Stream<Path> sets = Files.list(file)) {
        for (Path set : sets.sorted().toList()) {
          for (String name : List.of("articles.jsonl", "pairs.jsonl")) {
            Path lines = set.resolve(name);
            if (Files.exists(lines)) {
              for (String line : Files.readAllLines(lines)) {
                JsonNode node = json.readTree(line);
                for (JsonNode n : List.of(node, node.path("a"), node.path("b"))) {
                  if (n.hasNonNull("text")) {
                    texts.add(n.get("text").asText());
                  }
                }
              }
            }
          }
        }
      }
    }
    try (Stream<Path> seeds = Files.list(SHARED.resolve("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed));
      }
    }
    return texts;
  }
}
