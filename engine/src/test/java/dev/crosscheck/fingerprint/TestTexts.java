package dev.crosscheck.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Seeded random token lists and shingle sets for the fingerprint tests. */
final class TestTexts {
  private TestTexts() {}

  /** Returns {@code length} words drawn from a vocabulary of {@code vocabulary} words. */
  static List<String> randomWords(Random random, int length, int vocabulary) {
    List<String> words = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      words.add("w" + random.nextInt(vocabulary));
    }
    return words;
  }

  /** Returns a copy of {@code words} with {@code edits} words replaced by words never seen. */
  static List<String> edit(Random random, List<String> words, int edits) {
    List<String> copy = new ArrayList<>(words);
    for (int i = 0; i < edits; i++) {
      copy.set(random.nextInt(copy.size()), "edit" + i);
    }
    return copy;
  }

  /** Returns the exact Jaccard similarity of two shingle arrays. */
  static double jaccard(long[] a, long[] b) {
    Set<Long> left = LongStream.of(a).boxed().collect(Collectors.toSet());
    Set<Long> right = LongStream.of(b).boxed().collect(Collectors.toSet());
    long intersection = left.stream().filter(right::contains).count();
    return (double) intersection / (left.size() + right.size() - intersection);
  }
}
