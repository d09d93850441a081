package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded news-like texts of about 4 KB: Zipf-distributed words, sentences, capitals, numbers. */
final class NewsTexts {
  /** Characters per text. */
  static final int TEXT_BYTES = 4_096;

  private NewsTexts() {}

  static List<String> generate(int count, long seed) {
    Random random = new Random(seed);
    String[] vocabulary = vocabulary(random, 20_000);
    double[] cumulative = zipf(vocabulary.length);
    List<String> texts = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      StringBuilder text = new StringBuilder(TEXT_BYTES + 64);
      boolean start = true;
      while (text.length() < TEXT_BYTES) {
        String word =
            random.nextInt(40) == 0
                ? Integer.toString(random.nextInt(5_000))
                : vocabulary[pick(random, cumulative)];
        if (start || random.nextInt(12) == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        text.append(word);
        start = random.nextInt(18) == 0;
        text.append(start ? ". " : random.nextInt(15) == 0 ? ", " : " ");
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String[] vocabulary(Random random, int size) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      int length = 2 + random.nextInt(3) + random.nextInt(6);
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < length; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = word.toString();
    }
    return words;
  }

  private static double[] zipf(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < size; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static int pick(Random random, double[] cumulative) {
    int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(at < 0 ? -at - 1 : at, cumulative.length - 1);
  }
}
