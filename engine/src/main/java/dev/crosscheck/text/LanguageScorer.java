package dev.crosscheck.text;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's maximum-entropy language model evaluated on a text the way {@code
 * LanguageDetectorME.predictLanguages} does — same normalizers ({@link SampleNormalizer}), same
 * features (the distinct lower-cased character 1- to 3-grams, each counted once), same uniform
 * prior and softmax — but with the n-grams packed into longs and looked up in an open-addressing
 * table instead of wrapped in {@code CharBuffer}s, hashed into two maps and turned into strings:
 * that bookkeeping was most of the cost of identifying a language. Only the order in which feature
 * weights are summed differs, which moves a probability by a few units in the last place.
 * Thread-safe and immutable.
 */
final class LanguageScorer {
  /** The n-gram lengths of OpenNLP's default language context generator. */
  static final int MIN_GRAM = 1;

  static final int MAX_GRAM = 3;

  private final String[] outcomes;
  private final double logPrior;
  // Open addressing: keys[slot] is a packed n-gram (0 = empty), slots[slot] its index in the
  // feature arrays below.
  private final long[] keys;
  private final int[] slots;
  private final int[][] featureOutcomes;
  private final double[][] featureWeights;
  private final ThreadLocal<int[]> seen;

  private LanguageScorer(String[] outcomes, Map<String, Context> features) {
    this.outcomes = outcomes.clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    int capacity = Integer.highestOneBit(Math.max(1, features.size()) * 4);
    this.keys = new long[capacity];
    this.slots = new int[capacity];
    this.featureOutcomes = new int[features.size()][];
    this.featureWeights = new double[features.size()][];
    int index = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      long key = pack(e.getKey());
      if (key == 0) {
        continue;
      }
      featureOutcomes[index] = e.getValue().getOutcomes();
      featureWeights[index] = e.getValue().getParameters();
      int slot = slotOf(key);
      keys[slot] = key;
      slots[slot] = index++;
    }
    int count = index;
    // Per thread, the text (a stamp) that last used each feature: counts each feature once.
    this.seen = ThreadLocal.withInitial(() -> new int[count + 1]);
  }

  /**
   * The scorer for {@code model}, or null when the model is not one this class evaluates exactly (a
   * maximum-entropy model with OpenNLP's default context generator): use {@code LanguageDetectorME}
   * then.
   */
  static LanguageScorer of(LanguageDetectorModel model) {
    if (model.getFactory().getClass() != LanguageDetectorFactory.class
        || !(model.getMaxentModel() instanceof GISModel gis)) {
      return null;
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) data[1];
    return new LanguageScorer((String[]) data[2], features);
  }

  /** The number of languages the model tells apart. */
  int languages() {
    return outcomes.length;
  }

  /** The model's code of language {@code index} (ISO 639-3, mostly). */
  String language(int index) {
    return outcomes[index];
  }

  /**
   * The probability of each language for {@code text}, indexed as {@link #language}: the
   * confidences {@code LanguageDetectorME.predictLanguages} gives, before it sorts them.
   */
  double[] probabilities(CharSequence text) {
    char[] chars = lowerCase(SampleNormalizer.normalize(text.toString()));
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    int[] stamps = seen.get();
    int stamp = ++stamps[stamps.length - 1];
    if (stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = stamps[stamps.length - 1] = 1;
    }
    for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
      for (int start = 0; start + length <= chars.length; start++) {
        int feature = featureOf(pack(chars, start, length));
        if (feature >= 0 && stamps[feature] != stamp) {
          stamps[feature] = stamp;
          add(feature, sums);
        }
      }
    }
    double normal = 0;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = StrictMath.exp(sums[i]);
      normal += sums[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= normal;
    }
    return sums;
  }

  private void add(int feature, double[] sums) {
    int[] active = featureOutcomes[feature];
    double[] weights = featureWeights[feature];
    for (int i = 0; i < active.length; i++) {
      sums[active[i]] += weights[i];
    }
  }

  /**
   * The text lower-cased code point by code point into a buffer of its length, as OpenNLP's {@code
   * StringUtil.toLowerCaseCharBuffer} does (positions it leaves unwritten stay {@code '\0'}).
   */
  private static char[] lowerCase(CharSequence text) {
    char[] out = new char[text.length()];
    int at = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      at += Character.toChars(Character.toLowerCase(cp), out, at);
    }
    return out;
  }

  private int featureOf(long key) {
    int mask = keys.length - 1;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return slots[slot];
      }
      if (keys[slot] == 0) {
        return -1;
      }
    }
  }

  private int slotOf(long key) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** An n-gram of 1 to 3 chars as a long tagged with its length, or 0 for any other length. */
  private static long pack(String gram) {
    return gram.length() < MIN_GRAM || gram.length() > MAX_GRAM
        ? 0
        : pack(gram.toCharArray(), 0, gram.length());
  }

  private static long pack(char[] chars, int start, int length) {
    long key = length;
    for (int i = start; i < start + length; i++) {
      key = (key << 16) | chars[i];
    }
    return key;
  }
}
