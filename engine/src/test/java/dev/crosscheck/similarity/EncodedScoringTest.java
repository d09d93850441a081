package dev.crosscheck.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The encoded scoring path (int ids, bounds that skip the edit distance) gives exactly what the
 * scoring of {@link SentenceFeatures} gives, on seeded random sentences drawn from a small
 * vocabulary so that many pairs overlap enough for the edit similarity to matter.
 */
class EncodedScoringTest {
  private static final String[] WORDS =
      ("the council said police water Monday price market Paris minister 12 3.5 road school"
              + " reported officials would year early late city plan residents told")
          .split(" ");

  private final Profiler profiler = new Profiler();
  private final SentenceScorer scorer = new SentenceScorer();

  @Test
  void encodedScoreEqualsTheScoreWhereverItReachesTheFloor() {
    Random random = new Random(11);
    for (int trial = 0; trial < 3_000; trial++) {
      SentenceFeatures a = sentence(random, 1 + random.nextInt(20));
      SentenceFeatures b =
          random.nextInt(3) == 0 ? edited(a, random) : sentence(random, 1 + random.nextInt(20));
      Vocabulary vocabulary = new Vocabulary();
      EncodedSentence ea = EncodedSentence.of(a, vocabulary);
      EncodedSentence eb = EncodedSentence.of(b, vocabulary);
      double expected = ReferenceSentenceScorer.score(a, b);
      double dice = SentenceScorer.weightedDice(ea, eb);
      assertThat(dice).as("trial %d", trial).isBetween(0.0, 1.0);
      assertThat(expected).isBetween(0.0, 1.0);
      for (double floor : new double[] {0.25, 0.5, 0.8, 1.0}) {
        double score = scorer.score(ea, eb, floor);
        if (expected >= floor) {
          assertThat(score).as("trial %d floor %s", trial, floor).isEqualTo(expected);
        } else {
          assertThat(score).isLessThan(floor).isLessThanOrEqualTo(expected);
          assertThat(score).isGreaterThanOrEqualTo(Math.min(dice, expected));
        }
      }
      assertThat(SentenceScorer.editSimilarity(ea.editTokens(), eb.editTokens()))
          .isEqualTo(ReferenceSentenceScorer.editSimilarity(a.tokens(), b.tokens()));
      if (expected >= SentenceAligner.DEFAULT_MIN_SCORE && a.tokens().size() >= 4) {
        assertThat(SentenceAligner.kind(ea, eb, expected))
            .isEqualTo(MatchKind.of(a.tokens(), b.tokens()));
      }
    }
  }

  @Test
  void sentencesLongerThanTheEditCapAreComparedOnTheirStart() {
    Random random = new Random(5);
    SentenceFeatures a = sentence(random, SentenceScorer.MAX_EDIT_TOKENS + 50);
    List<String> tokens = new ArrayList<>(a.tokens());
    tokens.set(SentenceScorer.MAX_EDIT_TOKENS + 10, "changed");
    SentenceFeatures b = profiler.features(String.join(" ", tokens), tokens);
    Vocabulary vocabulary = new Vocabulary();
    EncodedSentence ea = EncodedSentence.of(a, vocabulary);
    EncodedSentence eb = EncodedSentence.of(b, vocabulary);
    assertThat(ea.editTokens()).hasSize(SentenceScorer.MAX_EDIT_TOKENS);
    assertThat(scorer.score(ea, eb, 0.5)).isEqualTo(ReferenceSentenceScorer.score(a, b));
    assertThat(SentenceAligner.kind(ea, eb, ReferenceSentenceScorer.score(a, b)))
        .isEqualTo(MatchKind.NEAR);
  }

  @Test
  void theBandedDistanceIsExactWithinItsLimit() {
    Random random = new Random(13);
    for (int trial = 0; trial < 2_000; trial++) {
      int[] a = randomIds(random, random.nextInt(25));
      int[] b = randomIds(random, random.nextInt(25));
      int longer = Math.max(a.length, b.length);
      int distance =
          longer == 0 ? 0 : (int) Math.round((1 - SentenceScorer.editSimilarity(a, b)) * longer);
      int limit = random.nextInt(longer + 2);
      int banded = SentenceScorer.distanceWithin(a, b, limit);
      if (distance <= limit) {
        assertThat(banded).as("trial %d", trial).isEqualTo(distance);
      } else {
        assertThat(banded).as("trial %d", trial).isGreaterThan(limit);
      }
    }
  }

  private static int[] randomIds(Random random, int length) {
    int[] ids = new int[length];
    for (int i = 0; i < length; i++) {
      ids[i] = random.nextInt(6);
    }
    return ids;
  }

  @Test
  void emptySentencesScoreZero() {
    SentenceFeatures empty = profiler.features("", List.of());
    Vocabulary vocabulary = new Vocabulary();
    EncodedSentence e = EncodedSentence.of(empty, vocabulary);
    EncodedSentence other = EncodedSentence.of(sentence(new Random(1), 5), vocabulary);
    assertThat(scorer.score(e, e, 0.5)).isZero();
    assertThat(scorer.score(e, other, 0.5)).isZero();
    assertThat(SentenceScorer.editSimilarity(new int[0], other.editTokens())).isZero();
  }

  @Test
  void alignmentEqualsTheReferenceAlignmentOnRandomArticles() {
    Random random = new Random(7);
    SentenceAligner aligner = new SentenceAligner();
    for (int trial = 0; trial < 60; trial++) {
      ArticleProfile left = article("l" + trial, random, null);
      ArticleProfile right = article("r" + trial, random, random.nextBoolean() ? left : null);
      assertThat(aligner.align(left, right))
          .as("trial %d", trial)
          .isEqualTo(referenceAlign(left, right, SentenceAligner.DEFAULT_MIN_SCORE));
    }
  }

  @Test
  void aTableReadsEachPairInBothDirections() {
    Random random = new Random(3);
    ArticleProfile a = article("a", random, null);
    ArticleProfile b = article("b", random, a);
    ArticleProfile c = article("c", random, a);
    ComparisonTable table = ComparisonTable.of(List.of(a, b, c), new PairComparer(), term -> 1.0);
    PairComparer comparer = new PairComparer();
    for (ArticleProfile[] pair :
        new ArticleProfile[][] {{a, b}, {b, a}, {a, c}, {c, a}, {b, c}, {c, b}}) {
      Comparison expected =
          pair[0].id().compareTo(pair[1].id()) < 0
              ? comparer.compare(pair[0], pair[1])
              : reversed(comparer.compare(pair[1], pair[0]));
      assertThat(table.get(pair[0].id(), pair[1].id())).isEqualTo(expected);
    }
  }

  private static Comparison reversed(Comparison c) {
    return new Comparison(
        c.similarity(), c.relation(), c.equivalent(), c.cosine(), c.alignment().reversed());
  }

  /** A random article of 5 to 30 sentences, or an edited copy of {@code source}'s sentences. */
  private ArticleProfile article(String id, Random random, ArticleProfile source) {
    StringBuilder text = new StringBuilder();
    int sentences = source == null ? 5 + random.nextInt(26) : source.sentences().size();
    for (int s = 0; s < sentences; s++) {
      List<String> words =
          source == null || random.nextInt(4) == 0
              ? sentence(random, 3 + random.nextInt(15)).tokens()
              : edited(source.sentences().get(s), random).tokens();
      List<String> written = new ArrayList<>();
      for (String w : words) {
        written.add(w.equals("paris") ? "Paris" : w);
      }
      text.append(capital(String.join(" ", written))).append(". ");
    }
    return Fixtures.profile(id, text.toString().strip());
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private SentenceFeatures sentence(Random random, int length) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      tokens.add(WORDS[random.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT));
    }
    return features(tokens, random);
  }

  private SentenceFeatures edited(SentenceFeatures source, Random random) {
    List<String> tokens = new ArrayList<>(source.tokens());
    for (int edits = random.nextInt(4); edits > 0 && !tokens.isEmpty(); edits--) {
      int at = random.nextInt(tokens.size());
      switch (random.nextInt(3)) {
        case 0 -> tokens.remove(at);
        case 1 ->
            tokens.set(at, WORDS[random.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT));
        default -> tokens.add(at, "new");
      }
    }
    return features(tokens, random);
  }

  private SentenceFeatures features(List<String> tokens, Random random) {
    StringBuilder text = new StringBuilder();
    for (String t : tokens) {
      text.append(random.nextInt(5) == 0 ? capital(t) : t).append(' ');
    }
    return profiler.features(text.toString().strip(), tokens);
  }

  /** The alignment as the aligner computed it before sentences were encoded: every pair scored. */
  private static Alignment referenceAlign(ArticleProfile left, ArticleProfile right, double min) {
    List<SentenceFeatures> a = left.sentences();
    List<SentenceFeatures> b = right.sentences();
    List<AlignedPair> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        if (a.get(i).tokens().size() >= 4 && b.get(j).tokens().size() >= 4) {
          double score = ReferenceSentenceScorer.score(a.get(i), b.get(j));
          if (score >= min) {
            candidates.add(new AlignedPair(i, j, score, MatchKind.PARAPHRASE));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(AlignedPair::score)
            .reversed()
            .thenComparingInt(p -> Math.abs(p.left() - p.right()))
            .thenComparingInt(AlignedPair::left)
            .thenComparingInt(AlignedPair::right));
    boolean[] usedLeft = new boolean[a.size()];
    boolean[] usedRight = new boolean[b.size()];
    List<AlignedPair> pairs = new ArrayList<>();
    for (AlignedPair p : candidates) {
      if (!usedLeft[p.left()] && !usedRight[p.right()]) {
        usedLeft[p.left()] = true;
        usedRight[p.right()] = true;
        MatchKind kind = MatchKind.of(a.get(p.left()).tokens(), b.get(p.right()).tokens());
        pairs.add(new AlignedPair(p.left(), p.right(), p.score(), kind));
      }
    }
    pairs.sort(Comparator.comparingInt(AlignedPair::left));
    return new Alignment(
        left.id(),
        right.id(),
        SentenceAligner.eligible(a),
        SentenceAligner.eligible(b),
        pairs,
        SentenceAligner.longestChain(pairs),
        unused(a, usedLeft),
        unused(b, usedRight));
  }

  private static List<Integer> unused(List<SentenceFeatures> sentences, boolean[] used) {
    List<Integer> unused = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!used[i] && sentences.get(i).tokens().size() >= 4) {
        unused.add(i);
      }
    }
    return unused;
  }
}
