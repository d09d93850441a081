package dev.crosscheck.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.openhft.hashing.LongHashFunction;
import org.junit.jupiter.api.Test;

class ShinglerTest {
  private static final List<String> FOX =
      List.of("the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog");

  /** Pins stored fingerprints: if this fails, shingles changed and stored data is stale. */
  @Test
  void knownAnswer() {
    assertThat(new Shingler().shingle(FOX))
        .containsExactly(
            0x87D3975BD541F861L,
            0xB2D10CDF1C9C9162L,
            0xC3D15F79183C3FE1L,
            0xEB7560FB47BD2934L,
            0xEF8AA9C77B80C8F0L,
            0x3653A94F92A5E166L,
            0x61916BC34F259065L);
  }

  @Test
  void textOrderShinglesAreTheSameValuesUnsortedWithRepeats() {
    List<String> tokens = new ArrayList<>(FOX);
    tokens.addAll(List.of("the", "quick", "brown"));
    long[] inOrder = new Shingler().shingleInTextOrder(tokens);

    assertThat(inOrder).hasSize(tokens.size() - 2);
    assertThat(inOrder[0]).isEqualTo(reference("the quick brown"));
    assertThat(inOrder[inOrder.length - 1]).isEqualTo(reference("the quick brown"));
    assertThat(new TreeSet<>(Arrays.stream(inOrder).boxed().toList()))
        .containsExactlyElementsOf(Arrays.stream(new Shingler().shingle(tokens)).boxed().toList());
    assertThat(new Shingler().shingleInTextOrder(List.of())).isEmpty();
    assertThat(new Shingler().shingleInTextOrder(new java.util.LinkedList<>(tokens)))
        .containsExactly(inOrder);
  }

  @Test
  void textShorterThanSizeIsOneShingleOfAllTokens() {
    long[] shingles = new Shingler(3).shingle(List.of("hello", "world"));

    assertThat(shingles).containsExactly(0x32924F7092ACAE6BL);
    assertThat(shingles).containsExactly(reference("hello world"));
  }

  @Test
  void emptyTextHasNoShingles() {
    assertThat(new Shingler().shingle(List.of())).isEmpty();
  }

  @Test
  void shinglesAreHashesOfSpaceJoinedUtf8KGrams() {
    long[] expected = {
      reference("the quick brown"), reference("quick brown fox"), reference("brown fox jumps")
    };
    Arrays.sort(expected);

    assertThat(new Shingler(3).shingle(List.of("the", "quick", "brown", "fox", "jumps")))
        .containsExactly(expected);
  }

  @Test
  void seededRandomTokensMatchTheSpecification() {
    Random random = new Random(42);
    String alphabet = "ab\u00e7\u0131\u20ac\ud83d\ude00\ud800 -";
    for (int trial = 0; trial < 200; trial++) {
      int size = 1 + random.nextInt(4);
      List<String> tokens = new ArrayList<>();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        StringBuilder token = new StringBuilder();
        for (int c = random.nextInt(5); c > 0; c--) {
          token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        tokens.add(token.toString());
      }

      assertThat(new Shingler(size).shingle(tokens)).containsExactly(naive(tokens, size));
      long[] inOrder = new Shingler(size).shingleInTextOrder(tokens);
      Arrays.sort(inOrder);
      assertThat(Arrays.stream(inOrder).distinct().toArray()).containsExactly(naive(tokens, size));
    }
  }

  @Test
  void repeatedShinglesAppearOnceAndSorted() {
    long[] shingles = new Shingler(1).shingle(List.of("b", "a", "b", "a", "c"));

    assertThat(shingles).hasSize(3).isSorted();
  }

  @Test
  void sizeOneHashesSingleWords() {
    assertThat(new Shingler(1).shingle(List.of("word"))).containsExactly(reference("word"));
  }

  @Test
  void tokenOrderMatters() {
    List<String> reversed = new ArrayList<>(FOX);
    Collections.reverse(reversed);

    assertThat(new Shingler().shingle(reversed)).isNotEqualTo(new Shingler().shingle(FOX));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new Shingler(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size (0) must be >= 1");
    assertThatThrownBy(() -> new Shingler().shingle(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tokens[1] must not be null");
  }

  @Test
  void defaultSizeIsThree() {
    assertThat(new Shingler().size()).isEqualTo(Shingler.DEFAULT_SIZE).isEqualTo(3);
  }

  private static long reference(String gram) {
    return LongHashFunction.xx3(Shingler.SEED).hashBytes(gram.getBytes(StandardCharsets.UTF_8));
  }

  /** The specification, written the slow obvious way. */
  private static long[] naive(List<String> tokens, int size) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    TreeSet<Long> set = new TreeSet<>();
    int grams = Math.max(1, tokens.size() - size + 1);
    for (int i = 0; i < grams; i++) {
      List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + size));
      set.add(reference(String.join(" ", gram)));
    }
    return set.stream().mapToLong(Long::longValue).toArray();
  }
}
