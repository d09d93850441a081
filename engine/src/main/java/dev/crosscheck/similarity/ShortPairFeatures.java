package dev.crosscheck.similarity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence on whether two short texts (sentence pairs) state the same content, each value in
 * [0, 1] but the cross-encoder's logit. Paraphrase sets such as MSRP are mostly pairs on one event;
 * the negatives differ in a number, a name or a clause one side leaves out, which a sentence
 * embedding barely sees — hence the lexical features beside the embedding cosine. The n-gram
 * precisions in both directions and the character n-gram F are machine-translation metrics, which
 * Madnani, Tetreault and Chodorow (2012) found to identify paraphrases well.
 *
 * @param semantic the cosine of the two texts' embeddings, clamped at 0 (0 without a model)
 * @param lexical {@link SentenceScorer#score} of the two texts as one sentence each
 * @param edit word-level edit similarity ({@link SentenceScorer#editSimilarity})
 * @param coverage the smaller share of either side's content terms found in the other
 * @param bigrams Dice overlap of token bigrams (word order kept)
 * @param lengthRatio the shorter token count over the longer
 * @param numberMismatch 1 if a number appears on one side only, else 0
 * @param nameMismatch share of names (capitalized words) that appear on one side only
 * @param extraMax content terms of one side missing from the other, the larger side, over 10
 *     (capped at 1)
 * @param extraMin the same for the smaller side
 * @param lengthGap the difference of the token counts over 20 (capped at 1)
 * @param negationMismatch 1 if only one side has a negation (not, no, never, n't), else 0
 * @param charTrigrams Dice overlap of the character trigrams of the joined tokens
 * @param unmatchedRun the longest run of tokens of one side absent from the other, over 10 (capped
 *     at 1): a clause one side adds
 * @param tokenF {@link TokenMatch#f()}: how well the word pieces match in the model's token space
 *     (0 without a model)
 * @param tokenWorst {@link TokenMatch#worst()}: the worst-matched word piece (0 without a model)
 * @param tokenUnmatched {@link TokenMatch#unmatched()}: pieces with no close match (0 without a
 *     model)
 * @param unmatchedNumbers the distinct numbers (digits, their decimal point and separators) found
 *     on one side only, over 4 (capped at 1): a changed figure is the classic false paraphrase
 * @param unigramPrecisionMin the smaller of the two directions' clipped word precision ({@link
 *     NgramScorer#precision}, n = 1)
 * @param unigramPrecisionMax the larger of the two
 * @param bigramPrecisionMin the smaller of the two directions' clipped word-bigram precision
 * @param bigramPrecisionMax the larger of the two
 * @param charFourgramF the character 4-gram F of the joined tokens ({@link NgramScorer#characterF})
 * @param changedNumbers the smaller of the two sides' counts of numbers the other side lacks, over
 *     4 (capped at 1): a figure replaced rather than added
 * @param changedNames the same for names
 * @param tokenSecondWorst {@link TokenMatch#secondWorst()} (0 without a model)
 * @param tokenWeakFewer {@link TokenMatch#weakFewer()} (0 without a model)
 * @param tokenLooseMore {@link TokenMatch#looseMore()} (0 without a model)
 * @param crossEncoder the {@link PairScorer}'s logit for the two texts, clipped to [-{@value
 *     #CROSS_ENCODER_LIMIT}, {@value #CROSS_ENCODER_LIMIT}] (0, undecided, without a scorer): a
 *     model reading both texts at once, which the judge stacks with the features above
 */
public record ShortPairFeatures(
    double semantic,
    double lexical,
    double edit,
    double coverage,
    double bigrams,
    double lengthRatio,
    double numberMismatch,
    double nameMismatch,
    double extraMax,
    double extraMin,
    double lengthGap,
    double negationMismatch,
    double charTrigrams,
    double unmatchedRun,
    double tokenF,
    double tokenWorst,
    double tokenUnmatched,
    double unmatchedNumbers,
    double unigramPrecisionMin,
    double unigramPrecisionMax,
    double bigramPrecisionMin,
    double bigramPrecisionMax,
    double charFourgramF,
    double changedNumbers,
    double changedNames,
    double tokenSecondWorst,
    double tokenWeakFewer,
    double tokenLooseMore,
    double crossEncoder) {

  /** The number of features, the length of {@link #vector()}. */
  public static final int COUNT = 29;

  /**
   * The bound of {@link #crossEncoder()}'s magnitude: beyond it a logit says nothing more, and one
   * saturated score should not outweigh every other feature.
   */
  public static final double CROSS_ENCODER_LIMIT = 10;

  /** The feature names in the order of {@link #vector()}: the record's component names. */
  public static final List<String> NAMES =
      java.util.Arrays.stream(ShortPairFeatures.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .toList();

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("^\\d[\\d.,]*");

  /**
   * Clips {@code crossEncoder} to [-{@value #CROSS_ENCODER_LIMIT}, {@value #CROSS_ENCODER_LIMIT}].
   *
   * @throws IllegalArgumentException if {@code crossEncoder} is NaN
   */
  public ShortPairFeatures {
    if (Double.isNaN(crossEncoder)) {
      throw new IllegalArgumentException("crossEncoder (NaN) must be a number");
    }
    crossEncoder = Math.max(-CROSS_ENCODER_LIMIT, Math.min(CROSS_ENCODER_LIMIT, crossEncoder));
  }

  /** The features in declaration order. */
  public double[] vector() {
    return new double[] {
      semantic,
      lexical,
      edit,
      coverage,
      bigrams,
      lengthRatio,
      numberMismatch,
      nameMismatch,
      extraMax,
      extraMin,
      lengthGap,
      negationMismatch,
      charTrigrams,
      unmatchedRun,
      tokenF,
      tokenWorst,
      tokenUnmatched,
      unmatchedNumbers,
      unigramPrecisionMin,
      unigramPrecisionMax,
      bigramPrecisionMin,
      bigramPrecisionMax,
      charFourgramF,
      changedNumbers,
      changedNames,
      tokenSecondWorst,
      tokenWeakFewer,
      tokenLooseMore,
      crossEncoder
    };
  }

  /**
   * The features of two texts given their sentence features and their embedding cosine, without
   * token evidence ({@link TokenMatch#NONE}).
   */
  public static ShortPairFeatures of(SentenceFeatures a, SentenceFeatures b, double semantic) {
    return of(a, b, semantic, TokenMatch.NONE);
  }

  /**
   * The features of two texts given their sentence features, their embedding cosine and how their
   * word pieces match, without a cross-encoder ({@link #crossEncoder()} 0).
   */
  public static ShortPairFeatures of(
      SentenceFeatures a, SentenceFeatures b, double semantic, TokenMatch tokens) {
    return of(a, b, semantic, tokens, 0);
  }

  /**
   * The features of two texts given their sentence features, their embedding cosine, how their word
   * pieces match and a cross-encoder's logit for them (clipped).
   */
  public static ShortPairFeatures of(
      SentenceFeatures a,
      SentenceFeatures b,
      double semantic,
      TokenMatch tokens,
      double crossEncoder) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(tokens, "tokens");
    int shorter = Math.min(a.tokens().size(), b.tokens().size());
    int longer = Math.max(a.tokens().size(), b.tokens().size());
    String joinedA = String.join(" ", a.tokens());
    String joinedB = String.join(" ", b.tokens());
    NgramScorer.Precisions unigramPrecision = NgramScorer.precisions(a.tokens(), b.tokens(), 1);
    NgramScorer.Precisions bigramPrecision = NgramScorer.precisions(a.tokens(), b.tokens(), 2);
    Set<String> figuresA = figures(a.tokens());
    Set<String> figuresB = figures(b.tokens());
    Set<String> namesA = names(a);
    Set<String> namesB = names(b);
    return new ShortPairFeatures(
        Math.max(0, Math.min(1, semantic)),
        new SentenceScorer().score(a, b),
        SentenceScorer.editSimilarity(a.tokens(), b.tokens()),
        Math.min(contained(a.terms(), b.terms()), contained(b.terms(), a.terms())),
        bigramDice(a.tokens(), b.tokens()),
        longer == 0 ? 0 : (double) shorter / longer,
        numbers(a).equals(numbers(b)) ? 0 : 1,
        nameMismatch(namesA, namesB),
        Math.min(1, Math.max(onlyIn(a.terms(), b.terms()), onlyIn(b.terms(), a.terms())) / 10.0),
        Math.min(1, Math.min(onlyIn(a.terms(), b.terms()), onlyIn(b.terms(), a.terms())) / 10.0),
        Math.min(1, (longer - shorter) / 20.0),
        negated(a.tokens()) == negated(b.tokens()) ? 0 : 1,
        trigramDice(joinedA, joinedB),
        Math.min(
            1,
            Math.max(unmatchedRun(a.tokens(), b.tokens()), unmatchedRun(b.tokens(), a.tokens()))
                / 10.0),
        tokens.f(),
        tokens.worst(),
        tokens.unmatched(),
        Math.min(1, (onlyIn(figuresA, figuresB) + onlyIn(figuresB, figuresA)) / 4.0),
        unigramPrecision.min(),
        unigramPrecision.max(),
        bigramPrecision.min(),
        bigramPrecision.max(),
        NgramScorer.characterF(joinedA, joinedB, 4),
        Math.min(1, Math.min(onlyIn(figuresA, figuresB), onlyIn(figuresB, figuresA)) / 4.0),
        Math.min(1, Math.min(onlyIn(namesA, namesB), onlyIn(namesB, namesA)) / 4.0),
        tokens.secondWorst(),
        tokens.weakFewer(),
        tokens.looseMore(),
        crossEncoder);
  }

  /**
   * These features with {@link #crossEncoder()} replaced by {@code logit} (clipped): how an
   * evaluation puts in a cross-encoder's out-of-fold logits.
   */
  public ShortPairFeatures withCrossEncoder(double logit) {
    return new ShortPairFeatures(
        semantic,
        lexical,
        edit,
        coverage,
        bigrams,
        lengthRatio,
        numberMismatch,
        nameMismatch,
        extraMax,
        extraMin,
        lengthGap,
        negationMismatch,
        charTrigrams,
        unmatchedRun,
        tokenF,
        tokenWorst,
        tokenUnmatched,
        unmatchedNumbers,
        unigramPrecisionMin,
        unigramPrecisionMax,
        bigramPrecisionMin,
        bigramPrecisionMax,
        charFourgramF,
        changedNumbers,
        changedNames,
        tokenSecondWorst,
        tokenWeakFewer,
        tokenLooseMore,
        logit);
  }

  /** How many of {@code part}'s members {@code whole} lacks. */
  private static int onlyIn(Set<String> part, Set<String> whole) {
    int count = 0;
    for (String member : part) {
      count += whole.contains(member) ? 0 : 1;
    }
    return count;
  }

  /**
   * The figures the tokens start with, separators and a closing point dropped ("1,200." = 1200).
   */
  private static Set<String> figures(List<String> tokens) {
    Set<String> result = new HashSet<>();
    for (String token : tokens) {
      java.util.regex.Matcher m = NUMBER.matcher(token);
      if (m.find()) {
        String figure = m.group();
        while (figure.endsWith(".") || figure.endsWith(",")) {
          figure = figure.substring(0, figure.length() - 1);
        }
        result.add(figure.replace(",", ""));
      }
    }
    return result;
  }

  /** The longest run of {@code tokens} absent from {@code other}: a clause one side adds. */
  private static int unmatchedRun(List<String> tokens, List<String> other) {
    Set<String> present = new HashSet<>(other);
    int longest = 0;
    int run = 0;
    for (String token : tokens) {
      run = present.contains(token) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static boolean negated(List<String> tokens) {
    for (String token : tokens) {
      if (token.equals("not")
          || token.equals("no")
          || token.equals("never")
          || token.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  private static double trigramDice(String a, String b) {
    Set<String> ta = new HashSet<>();
    Set<String> tb = new HashSet<>();
    for (int i = 3; i <= a.length(); i++) {
      ta.add(a.substring(i - 3, i));
    }
    for (int i = 3; i <= b.length(); i++) {
      tb.add(b.substring(i - 3, i));
    }
    if (ta.isEmpty() && tb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : ta) {
      shared += tb.contains(t) ? 1 : 0;
    }
    return 2.0 * shared / (ta.size() + tb.size());
  }

  private static double contained(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return whole.isEmpty() ? 1 : 0;
    }
    int found = 0;
    for (String term : part) {
      found += whole.contains(term) ? 1 : 0;
    }
    return (double) found / part.size();
  }

  private static double bigramDice(List<String> a, List<String> b) {
    Set<String> ba = bigrams(a);
    Set<String> bb = bigrams(b);
    if (ba.isEmpty() && bb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String bigram : ba) {
      shared += bb.contains(bigram) ? 1 : 0;
    }
    return 2.0 * shared / (ba.size() + bb.size());
  }

  private static Set<String> bigrams(List<String> tokens) {
    Set<String> result = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      result.add(tokens.get(i - 1) + ' ' + tokens.get(i));
    }
    return result;
  }

  private static Set<String> numbers(SentenceFeatures f) {
    Set<String> result = new HashSet<>();
    for (String anchor : f.anchors()) {
      if (Character.isDigit(anchor.charAt(0))) {
        result.add(anchor);
      }
    }
    return result;
  }

  private static Set<String> names(SentenceFeatures f) {
    Set<String> result = new HashSet<>(f.anchors());
    result.removeAll(numbers(f));
    return result;
  }

  private static double nameMismatch(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return 1 - (double) shared.size() / union.size();
  }
}
