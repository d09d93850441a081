package dev.crosscheck.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small int ids for the distinct strings of a few articles, so that their sentences compare as int
 * arrays instead of strings in hash sets. Ids mean nothing across vocabularies. Not thread-safe:
 * one per comparison or per story.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();

  /** The id of {@code word}, from 0, a new one the first time it is seen. */
  int id(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = ids.size();
      ids.put(word, id);
    }
    return id;
  }

  /** The ids of {@code words}, in order. */
  int[] ids(List<String> words) {
    int[] result = new int[words.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = id(words.get(i));
    }
    return result;
  }

  /** How many distinct strings have an id. */
  int size() {
    return ids.size();
  }
}
