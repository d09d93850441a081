package dev.crosscheck.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import net.openhft.hashing.LongHashFunction;

/**
 * A word shingler: turns a token list into the sorted set of 64-bit hashes of its word k-grams.
 *
 * <p>Specification (a stored-format contract, like Guava's hash functions): a shingle is the
 * xxh3-64 hash, seeded with {@link #SEED}, of the UTF-8 bytes of {@code k} consecutive tokens
 * joined by a single space (U+0020). Unpaired surrogates encode as {@code '?'}, as in {@link
 * String#getBytes(java.nio.charset.Charset)}. A text with fewer than {@code k} tokens (but at least
 * one) yields one shingle of all its tokens; an empty text yields none. The output is a pure
 * function of the tokens and {@code k}: deterministic, identical across runs, JVMs and byte orders,
 * and stable across versions. Changing any of this changes stored fingerprints.
 *
 * <p>To avoid a string per shingle, the tokens are encoded once into one space-separated UTF-8
 * buffer; each k-gram is then a contiguous slice of it and is hashed in place.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Shingler {
  /** The default shingle size, in words. */
  public static final int DEFAULT_SIZE = 3;

  /** The fixed xxh3 seed of shingle hashes ("cc-shing" in ASCII). Never change it. */
  public static final long SEED = 0x63632D7368696E67L;

  private static final LongHashFunction HASH = LongHashFunction.xx3(SEED);
  private static final long[] NO_SHINGLES = new long[0];

  private final int size;

  /** Creates a shingler of {@link #DEFAULT_SIZE}-word shingles. */
  public Shingler() {
    this(DEFAULT_SIZE);
  }

  /**
   * Creates a shingler of {@code size}-word shingles.
   *
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public Shingler(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size (" + size + ") must be >= 1");
    }
    this.size = size;
  }

  /** Returns the shingle size, in words. */
  public int size() {
    return size;
  }

  /**
   * Returns the distinct shingle hashes of {@code tokens}, sorted ascending (signed order).
   *
   * @param tokens tokenized, already normalized words; none may be null
   * @return the shingles; empty if {@code tokens} is empty
   * @throws NullPointerException if {@code tokens} or one of its elements is null
   */
  public long[] shingle(List<String> tokens) {
    return sortedDistinct(shingleInTextOrder(tokens));
  }

  /**
   * Returns the same shingle hashes as {@link #shingle}, but in text order with repeats kept: the
   * sort is skipped. For {@link MinHasher#sign}, which ignores order and repeats, this is the
   * cheaper input and gives the identical signature.
   *
   * @param tokens tokenized, already normalized words; none may be null
   * @return one hash per k-gram (one for a text shorter than {@code k}); empty if {@code tokens} is
   *     empty
   * @throws NullPointerException if {@code tokens} or one of its elements is null
   */
  public long[] shingleInTextOrder(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    int count = tokens.size();
    if (count == 0) {
      return NO_SHINGLES;
    }
    List<String> words = tokens instanceof RandomAccess ? tokens : new ArrayList<>(tokens);
    // ends[i] is the exclusive end of token i in the buffer; token i starts at ends[i - 1] + 1.
    int[] ends = new int[count];
    byte[] buffer = encode(words, ends);
    if (count <= size) {
      return new long[] {HASH.hashBytes(buffer, 0, buffer.length)};
    }
    long[] shingles = new long[count - size + 1];
    for (int first = 0; first < shingles.length; first++) {
      int start = first == 0 ? 0 : ends[first - 1] + 1;
      shingles[first] = HASH.hashBytes(buffer, start, ends[first + size - 1] - start);
    }
    return shingles;
  }

  /** Encodes the words as UTF-8 joined by single spaces, recording where each word ends. */
  private static byte[] encode(List<String> words, int[] ends) {
    int end = -1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word == null) {
        throw new NullPointerException("tokens[" + i + "] must not be null");
      }
      end += 1 + word.length();
      ends[i] = end;
    }
    // Fast path (the JDK's intrinsic copies): when every char became one byte (ASCII, or an
    // unpaired surrogate written as '?'), the word ends in chars are the ends in bytes.
    String joined = String.join(" ", words);
    byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == joined.length()) {
      return bytes;
    }
    int length = words.size() - 1;
    for (String word : words) {
      length += utf8Length(word);
    }
    byte[] buffer = new byte[length];
    int position = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        buffer[position++] = ' ';
      }
      position = encodeUtf8(words.get(i), buffer, position);
      ends[i] = position;
    }
    return buffer;
  }

  private static int utf8Length(String word) {
    int length = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < word.length()
          && Character.isLowSurrogate(word.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1; // unpaired: '?'
      } else {
        length += 3;
      }
    }
    return length;
  }

  private static int encodeUtf8(String word, byte[] out, int position) {
    int p = position;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < word.length()
          && Character.isLowSurrogate(word.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, word.charAt(++i));
        out[p++] = (byte) (0xF0 | (cp >> 18));
        out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[p++] = '?';
      } else {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return p;
  }

  /** Sorts in place and returns the distinct values (the same array if there were no repeats). */
  private static long[] sortedDistinct(long[] values) {
    if (values.length == 0) {
      return values;
    }
    Arrays.sort(values);
    int distinct = 1;
    for (int i = 1; i < values.length; i++) {
      if (values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    return distinct == values.length ? values : Arrays.copyOf(values, distinct);
  }
}
