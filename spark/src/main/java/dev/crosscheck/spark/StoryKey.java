package dev.crosscheck.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * The embedded run's story order: larger stories first, then by least article id. Sorting on this
 * key and counting gives the embedded story numbers ({@code story-1}, ...).
 */
record StoryKey(int size, String firstId) implements Serializable, Comparable<StoryKey> {
  private static final Comparator<StoryKey> ORDER =
      Comparator.comparingInt((StoryKey k) -> -k.size()).thenComparing(StoryKey::firstId);

  @Override
  public int compareTo(StoryKey other) {
    return ORDER.compare(this, other);
  }
}
