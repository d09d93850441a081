package dev.crosscheck.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of a string, remembered for strings seen again (class names across a
 * page, name words across a story). Bounded: it starts over when full, and long keys are never
 * kept, so hostile input cannot grow it. Thread-safe.
 *
 * @param <V> the result type
 */
public final class Memo<V> {
  private final Map<String, V> seen = new ConcurrentHashMap<>();
  private final Function<String, V> function;
  private final int maxEntries;
  private final int maxKeyChars;

  /**
   * @param function a pure function: the same key always gives an equal result
   * @param maxEntries how many results are kept before it starts over, > 0
   * @param maxKeyChars longer keys are computed afresh, never kept, >= 0
   */
  public Memo(Function<String, V> function, int maxEntries, int maxKeyChars) {
    if (maxEntries <= 0 || maxKeyChars < 0) {
      throw new IllegalArgumentException(
          "maxEntries (" + maxEntries + ") must be > 0 and maxKeyChars (" + maxKeyChars + ") >= 0");
    }
    this.function = function;
    this.maxEntries = maxEntries;
    this.maxKeyChars = maxKeyChars;
  }

  /** The function's result for {@code key}, remembered when the key is short enough. */
  public V get(String key) {
    if (key.length() > maxKeyChars) {
      return function.apply(key);
    }
    V value = seen.get(key);
    if (value == null) {
      value = function.apply(key);
      if (seen.size() >= maxEntries) {
        seen.clear();
      }
      seen.put(key, value);
    }
    return value;
  }

  /** How many results are kept now. */
  int size() {
    return seen.size();
  }
}
