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

  /** A feature with weights for at least 1/DENSE_SHARE of the languages is kept dense. */
  static final int DENSE_SHARE = 4;

  private final String[] outcomes;
  private final double logPrior;
  // Open addressing, key and value side by side so that a look-up reads one cache line:
  // table[2 slot] is a packed n-gram (0 = empty), table[2 slot + 1] its index in the feature
  // arrays below.
  private final long[] table;
  private final int mask;
  // Feature f's outcomes and weights are entries [starts[f], starts[f + 1]) of these flat arrays:
  // one array each instead of one per feature spares a pointer chase per feature.
  private final int[] starts;
  private final int[] featureOutcomes;
  private final double[] featureWeights;
  // A feature of many languages (a common n-gram, in every text) is kept instead as a dense row of
  // dense[rows[f], rows[f] + languages), zero where it has no weight, which the compiler adds with
  // vector instructions; rows[f] is -1 for a sparse feature. Adding +0.0 leaves a sum as it is
  // (a sum starts at the negative log prior, so is never -0.0): the sums stay bit for bit those of
  // the sparse entries added in the model's order.
  private final int[] rows;
  private final double[] dense;
  private final ThreadLocal<int[]> seen;

  private LanguageScorer(String[] outcomes, Map<String, Context> features) {
    this.outcomes = outcomes.clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    int capacity = Integer.highestOneBit(Math.max(1, features.size()) * 4);
    this.table = new long[2 * capacity];
    this.mask = capacity - 1;
    this.starts = new int[features.size() + 1];
    this.rows = new int[features.size()];
    int entries = 0;
    int denseRows = 0;
    for (Context context : features.values()) {
      if (isDense(context.getOutcomes(), outcomes.length)) {
        denseRows++;
      } else {
        entries += context.getOutcomes().length;
      }
    }
    this.featureOutcomes = new int[entries];
    this.featureWeights = new double[entries];
    this.dense = new double[denseRows * outcomes.length];
    int index = 0;
    int at = 0;
    int row = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      long key = pack(e.getKey());
      if (key == 0) {
        continue;
      }
      int[] active = e.getValue().getOutcomes();
      double[] weights = e.getValue().getParameters();
      if (isDense(active, outcomes.length)) {
        rows[index] = row;
        for (int i = 0; i < active.length; i++) {
          dense[row + active[i]] = weights[i];
        }
        row += outcomes.length;
      } else {
        rows[index] = -1;
        System.arraycopy(active, 0, featureOutcomes, at, active.length);
        System.arraycopy(weights, 0, featureWeights, at, active.length);
        at += active.length;
      }
      int slot = slotOf(key);
      table[2 * slot] = key;
      table[2 * slot + 1] = index;
      starts[++index] = at;
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

  /**
   * Whether a feature's weights are kept as a dense row: when it has weights for at least a quarter
   * of the languages (a vector add of the whole row then costs less than a scatter of its entries),
   * each language at most once (as a GIS context has them).
   */
  private static boolean isDense(int[] active, int languages) {
    if (active.length * DENSE_SHARE < languages) {
      return false;
    }
    for (int i = 1; i < active.length; i++) {
      if (active[i] <= active[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private void add(int feature, double[] sums) {
    int row = rows[feature];
    if (row >= 0) {
      for (int o = 0; o < sums.length; o++) {
        sums[o] += dense[row + o];
      }
      return;
    }
    for (int i = starts[feature], end = starts[feature + 1]; i < end; i++) {
      sums[featureOutcomes[i]] += featureWeights[i];
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
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long found = table[2 * slot];
      if (found == key) {
        return (int) table[2 * slot + 1];
      }
      if (found == 0) {
        return -1;
      }
    }
  }

  private int slotOf(long key) {
    int slot = hash(key) & mask;
    while (table[2 * slot] != 0 && table[2 * slot] != key) {
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
