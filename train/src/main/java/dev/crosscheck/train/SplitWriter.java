package dev.crosscheck.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the two parts of a {@link HeldOutSplit} as pair sets of their own ({@code train/} and
 * {@code held-out/}, each with the source's {@code pairs.jsonl} and {@code gold.tsv} lines in file
 * order), so that other evaluations (the shipped judge refit on the training part) can be scored on
 * exactly the pairs the cross-encoder is scored on.
 */
public final class SplitWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Writes {@code split}'s parts of the set in {@code source} under {@code target}.
   *
   * @throws IOException when a file cannot be read or written
   */
  public void write(HeldOutSplit split, Path source, Path target) throws IOException {
    part(ids(split.train()), source, target.resolve("train"));
    part(ids(split.heldOut()), source, target.resolve("held-out"));
  }

  private static Set<String> ids(List<SentencePair> pairs) {
    return pairs.stream().map(SentencePair::id).collect(Collectors.toSet());
  }

  private static void part(Set<String> ids, Path source, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(source.resolve("pairs.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && ids.contains(MAPPER.readTree(line).path("id").asText())) {
        pairs.add(line);
      }
    }
    List<String> gold = new ArrayList<>();
    for (String line : Files.readAllLines(source.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      if (ids.contains(line.split("\t")[0])) {
        gold.add(line);
      }
    }
    Files.write(dir.resolve("pairs.jsonl"), pairs, StandardCharsets.UTF_8);
    Files.write(dir.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
  }
}
