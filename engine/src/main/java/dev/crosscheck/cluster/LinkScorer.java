package dev.crosscheck.cluster;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores how likely two articles report one event, in [0, 1]: a weighted sum of lexical signals
 * (headline and lead cosine, body cosine, entity cosine, plus any extra {@link PairSignal}), damped
 * by the days between them. Articles more than {@link #windowDays()} days apart score 0; an unknown
 * date never blocks (an undated article is judged on its words alone).
 *
 * <p>An optional costly signal (by default the title-and-lead embedding, {@link EmbeddingSignal})
 * settles only what words leave open: when the lexical score {@code s} of a pair lies in the
 * ambiguous band {@code [low, high)}, the score is {@code (1 - w) s + w g} for the signal {@code g}
 * of weight {@code w}; outside it the score is {@code s} and the signal is never computed. The band
 * is decided on the pair's own lexical score, so the score stays a function of the two articles
 * alone. Weights and thresholds default to values fitted on allsides-train, the band, weight and
 * embedding floor on allsides-train dealt into parts of the held-out sets' size (see {@code
 * dev.crosscheck.eval.stories}). Immutable and thread-safe.
 */
public final class LinkScorer {
  /** Weight of the cosine of title-and-lead vectors: the headline names the event. */
  public static final double DEFAULT_HEADLINE_WEIGHT = 0.2;

  /** Weight of the cosine of body vectors. */
  public static final double DEFAULT_BODY_WEIGHT = 0.7;

  /** Weight of the cosine of entity vectors: who and where. */
  public static final double DEFAULT_ENTITY_WEIGHT = 0.1;

  /**
   * Days apart beyond which two dated articles are never one story: an event's coverage mostly
   * falls within a week or two, and the same kind of event a year later must stay apart.
   */
  public static final int DEFAULT_WINDOW_DAYS = 14;

  /** Share of the score lost at the edge of the window, growing linearly from 0 at 0 days. */
  public static final double DEFAULT_TIME_DECAY = 0.3;

  /** Weight of the embedding signal in the score of an ambiguous pair. */
  public static final double DEFAULT_EMBEDDING_WEIGHT = 0.4;

  /** Least lexical score of an ambiguous pair: below, words alone say "another event". */
  public static final double DEFAULT_AMBIGUOUS_LOW = 0.2;

  /** Lexical score from which a pair is no longer ambiguous: words alone say "one event". */
  public static final double DEFAULT_AMBIGUOUS_HIGH = 0.6;

  /**
   * Weight of the story model ({@link #withStoryModel()}) in the score of an ambiguous pair, fitted
   * with {@link #DEFAULT_STORY_MODEL_LOW} on a held-out part of allsides-train.
   */
  public static final double DEFAULT_STORY_MODEL_WEIGHT = 0.4;

  /**
   * Least lexical score of a pair the story model reads: lower than the embedding's band, since the
   * model tells siblings in other words from strangers better.
   */
  public static final double DEFAULT_STORY_MODEL_LOW = 0.1;

  private final List<PairSignal.Weighted> signals;
  private final int windowDays;
  private final double timeDecay;
  private final PairSignal.Weighted ambiguous;
  private final double low;
  private final double high;
  private final CandidateRule candidateRule;

  /**
   * The default scorer: the lexical signals alone. The title-and-lead embedding ({@link
   * #withEmbeddings()}) gains on held-out sets (allsides-val B-cubed F1 0.848 -> 0.864, newswcl50
   * 0.971 -> 0.984) for about 9 ms CPU per embedded article, most articles needing one; it stays an
   * option (docs/experiments/story-recall.md).
   */
  public LinkScorer() {
    this(
        DEFAULT_HEADLINE_WEIGHT,
        DEFAULT_BODY_WEIGHT,
        DEFAULT_ENTITY_WEIGHT,
        List.of(),
        DEFAULT_WINDOW_DAYS,
        DEFAULT_TIME_DECAY);
  }

  /**
   * The default lexical signals with the title-and-lead embedding (a new {@link EmbeddingSignal}
   * over the process-wide model) for ambiguous pairs.
   */
  public static LinkScorer withEmbeddings() {
    return new LinkScorer(
        new LinkScorer(),
        new PairSignal.Weighted("embedding", DEFAULT_EMBEDDING_WEIGHT, new EmbeddingSignal()),
        DEFAULT_AMBIGUOUS_LOW,
        DEFAULT_AMBIGUOUS_HIGH);
  }

  /**
   * The default lexical signals with the story cross-encoder ({@link StoryModelSignal}, loaded
   * here) for pairs whose lexical score lies in [{@link #DEFAULT_STORY_MODEL_LOW}, {@link
   * #DEFAULT_AMBIGUOUS_HIGH}), weight {@link #DEFAULT_STORY_MODEL_WEIGHT}, articles meeting under
   * {@link CandidateRule#WIDE} (one shared name is enough for the model to be asked). About 30 ms
   * of CPU per pair read; see docs/experiments/story-cross-encoder.md for what it gains.
   */
  public static LinkScorer withStoryModel() {
    StoryModelSignal model = new StoryModelSignal();
    return new LinkScorer(
            new LinkScorer(),
            new PairSignal.Weighted(
                "story-model-" + model.modelId(), DEFAULT_STORY_MODEL_WEIGHT, model),
            DEFAULT_STORY_MODEL_LOW,
            DEFAULT_AMBIGUOUS_HIGH)
        .withCandidates(CandidateRule.WIDE);
  }

  /**
   * @param extra further signals added to the sum (e.g. embeddings); weights of all signals should
   *     add up to 1 so that scores stay in [0, 1]
   * @param windowDays the window in days, >= 0
   * @param timeDecay share of the score lost at the window's edge, in [0, 1]
   */
  public LinkScorer(
      double headlineWeight,
      double bodyWeight,
      double entityWeight,
      List<PairSignal.Weighted> extra,
      int windowDays,
      double timeDecay) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays (" + windowDays + ") must be >= 0");
    }
    if (!(timeDecay >= 0 && timeDecay <= 1)) {
      throw new IllegalArgumentException("timeDecay (" + timeDecay + ") must be in [0, 1]");
    }
    List<PairSignal.Weighted> all = new ArrayList<>();
    all.add(
        new PairSignal.Weighted(
            "headline", headlineWeight, (a, b) -> a.headline().dot(b.headline())));
    all.add(new PairSignal.Weighted("body", bodyWeight, (a, b) -> a.body().dot(b.body())));
    all.add(
        new PairSignal.Weighted(
            "entities", entityWeight, (a, b) -> a.entities().dot(b.entities())));
    all.addAll(extra);
    this.signals = List.copyOf(all);
    this.windowDays = windowDays;
    this.timeDecay = timeDecay;
    this.ambiguous = null;
    this.low = 0;
    this.high = 0;
    this.candidateRule = CandidateRule.DEFAULT;
  }

  /**
   * {@code lexical} with {@code signal} consulted for pairs whose lexical score lies in {@code
   * [low, high)}.
   *
   * @param signal the costly signal; its weight, in [0, 1], is its share of an ambiguous pair's
   *     score
   * @param low least lexical score of an ambiguous pair, in [0, 1]
   * @param high lexical score from which a pair is not ambiguous, in [low, 1]
   */
  public LinkScorer(LinkScorer lexical, PairSignal.Weighted signal, double low, double high) {
    if (!(signal.weight() <= 1)) {
      throw new IllegalArgumentException(
          "weight of " + signal.name() + " (" + signal.weight() + ") must be <= 1");
    }
    if (!(low >= 0 && low <= 1)) {
      throw new IllegalArgumentException("low (" + low + ") must be in [0, 1]");
    }
    if (!(high >= low && high <= 1)) {
      throw new IllegalArgumentException("high (" + high + ") must be in [low (" + low + "), 1]");
    }
    this.signals = lexical.signals;
    this.windowDays = lexical.windowDays;
    this.timeDecay = lexical.timeDecay;
    this.ambiguous = signal;
    this.low = low;
    this.high = high;
    this.candidateRule = lexical.candidateRule;
  }

  private LinkScorer(LinkScorer scorer, CandidateRule candidateRule) {
    this.signals = scorer.signals;
    this.windowDays = scorer.windowDays;
    this.timeDecay = scorer.timeDecay;
    this.ambiguous = scorer.ambiguous;
    this.low = scorer.low;
    this.high = scorer.high;
    this.candidateRule = Objects.requireNonNull(candidateRule, "candidateRule");
  }

  /** This scorer with {@code rule} deciding which articles meet in the clusterer. */
  public LinkScorer withCandidates(CandidateRule rule) {
    return new LinkScorer(this, rule);
  }

  /**
   * Which articles meet in the clusterer to be scored ({@link CandidateRule#DEFAULT} unless set).
   */
  public CandidateRule candidateRule() {
    return candidateRule;
  }

  public int windowDays() {
    return windowDays;
  }

  public List<PairSignal.Weighted> signals() {
    return signals;
  }

  /** Whether two articles are close enough in time to be compared at all. */
  public boolean withinWindow(ArticleFeatures a, ArticleFeatures b) {
    return a.date() == null || b.date() == null || daysApart(a, b) <= windowDays;
  }

  /** The signal consulted for ambiguous pairs, or null when words alone decide. */
  public PairSignal.Weighted ambiguous() {
    return ambiguous;
  }

  /**
   * What links scored by this scorer depend on beyond the lexical defaults: empty for words alone,
   * else the ambiguous signal's name (which names its model), weight and band. A store's saved
   * links carry it, so that links scored otherwise are found again rather than reused.
   */
  public String ambiguousBand() {
    return ambiguous == null
        ? ""
        : String.format(
            Locale.ROOT, "%s x%s [%s, %s)", ambiguous.name(), ambiguous.weight(), low, high);
  }

  /**
   * How many embeddings the {@link #ambiguous()} signal computed, when it is an {@link
   * EmbeddingSignal}; else 0.
   */
  public long embeddingsComputed() {
    return ambiguous != null && ambiguous.signal() instanceof EmbeddingSignal e ? e.computed() : 0;
  }

  /**
   * How many pairs the {@link #ambiguous()} signal read, when it is a {@link StoryModelSignal};
   * else 0.
   */
  public long storyPairsScored() {
    return ambiguous != null && ambiguous.signal() instanceof StoryModelSignal s
        ? s.pairsScored()
        : 0;
  }

  /** The score of a pair, in [0, 1] when the weights add up to 1. */
  public double score(ArticleFeatures a, ArticleFeatures b) {
    if (!withinWindow(a, b)) {
      return 0;
    }
    double sum = lexicalScore(a, b);
    if (ambiguous != null && ambiguous.weight() > 0 && sum >= low && sum < high) {
      double w = ambiguous.weight();
      sum = (1 - w) * sum + w * ambiguous.signal().similarity(a, b);
    }
    return sum * timeFactor(a, b);
  }

  /** The weighted sum of the lexical signals, before the time factor. */
  public double lexicalScore(ArticleFeatures a, ArticleFeatures b) {
    double sum = 0;
    for (PairSignal.Weighted s : signals) {
      if (s.weight() > 0) {
        sum += s.weight() * s.signal().similarity(a, b);
      }
    }
    return sum;
  }

  private double timeFactor(ArticleFeatures a, ArticleFeatures b) {
    if (a.date() == null || b.date() == null || windowDays == 0) {
      return 1;
    }
    return 1 - timeDecay * daysApart(a, b) / windowDays;
  }

  private static long daysApart(ArticleFeatures a, ArticleFeatures b) {
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
  }
}
