package dev.crosscheck.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Positive pairs for a story bi-encoder: every two articles of one gold story, dealt into batches
 * in which no story appears twice, so that the other pairs of a batch are true negatives for the
 * multiple-negatives ranking loss.
 *
 * <p>Reads the inputs file that {@code StoryInputsWriter} (test scope: it needs the engine) writes:
 * one article a line, {@code part<TAB>story<TAB>id<TAB>text}, the text being exactly what the
 * product embeds ({@code EmbeddingSignal.input}), the part its gold story's part in {@code eval
 * stories --parts N}'s deal.
 */
public final class StoryPairs {
  /**
   * One article's embedded text.
   *
   * @param part its story's part in the deal
   * @param story its gold story
   * @param id its id
   * @param text the text embedded
   */
  public record StoryText(int part, String story, String id, String text) {}

  /**
   * Two articles of one story.
   *
   * @param story the story
   * @param first one article's text
   * @param second another article's text
   */
  public record Pair(String story, String first, String second) {}

  private StoryPairs() {}

  /**
   * Reads an inputs file.
   *
   * @throws IllegalArgumentException when a line does not have four tab-separated fields
   */
  public static List<StoryText> read(Path file) throws IOException {
    List<StoryText> texts = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 4) {
        throw new IllegalArgumentException(
            file + " line " + number + " has " + fields.length + " fields, must have 4");
      }
      texts.add(new StoryText(Integer.parseInt(fields[0]), fields[1], fields[2], fields[3]));
    }
    return texts;
  }

  /**
   * Every two texts of one story (each unordered pair once, in input order), blank texts left out.
   */
  public static List<Pair> positives(List<StoryText> texts) {
    Map<String, List<String>> byStory = new LinkedHashMap<>();
    for (StoryText t : texts) {
      if (!t.text().isBlank()) {
        byStory.computeIfAbsent(t.story(), k -> new ArrayList<>()).add(t.text());
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byStory.entrySet()) {
      List<String> members = e.getValue();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          pairs.add(new Pair(e.getKey(), members.get(i), members.get(j)));
        }
      }
    }
    return pairs;
  }

  /**
   * The pairs shuffled with {@code random} and dealt into batches of {@code batchSize} in which no
   * story appears twice: a pair whose story is already in the open batch waits for a later one. The
   * last batches may be smaller; every pair is in exactly one batch. Which side comes first is
   * drawn too, so neither side of the loss sees only the earlier article.
   *
   * @throws IllegalArgumentException when batchSize is not positive
   */
  public static List<List<Pair>> batches(List<Pair> pairs, int batchSize, Random random) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be > 0");
    }
    List<Pair> waiting = new ArrayList<>();
    for (Pair p : pairs) {
      waiting.add(random.nextBoolean() ? p : new Pair(p.story(), p.second(), p.first()));
    }
    Collections.shuffle(waiting, random);
    List<List<Pair>> batches = new ArrayList<>();
    List<Pair> batch = new ArrayList<>();
    Set<String> stories = new HashSet<>();
    while (!waiting.isEmpty()) {
      List<Pair> later = new ArrayList<>();
      int before = waiting.size();
      for (Pair p : waiting) {
        if (stories.add(p.story())) {
          batch.add(p);
          if (batch.size() == batchSize) {
            batches.add(batch);
            batch = new ArrayList<>();
            stories = new HashSet<>();
          }
        } else {
          later.add(p);
        }
      }
      if (later.size() == before) {
        // Only stories of the open batch are left: close it.
        batches.add(batch);
        batch = new ArrayList<>();
        stories = new HashSet<>();
      }
      waiting = later;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
