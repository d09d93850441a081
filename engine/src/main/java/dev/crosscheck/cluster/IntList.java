package dev.crosscheck.cluster;

import java.util.Arrays;

/** A growable list of ints without boxing. Not thread-safe. */
final class IntList {
  private int[] values;
  private int size;

  IntList() {
    this(4);
  }

  IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  /**
   * Removes the first occurrence of {@code value}, keeping the order of the rest, and returns its
   * index (-1 when absent).
   */
  int remove(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        return i;
      }
    }
    return -1;
  }

  /** Empties the list, keeping its capacity. */
  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
