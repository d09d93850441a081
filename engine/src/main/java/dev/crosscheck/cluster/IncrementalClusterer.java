package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Clusters articles into stories online. Each new article meets its {@link Candidates} (articles
 * sharing salient words or entities through the {@link KeyIndex}, or a MinHash band); a pair
 * scoring at least {@link #linkThreshold()} by the {@link LinkScorer} becomes a link. Linked
 * articles form a neighbourhood (connected component); within a neighbourhood, stories are cut by
 * average-link agglomeration at {@link #DEFAULT_JOIN_THRESHOLD}, which keeps a chain of weak links
 * from gluing two events together while a bridge article that links strongly to both merges them;
 * an article the agglomeration leaves alone then joins the story it matches best when that mean
 * reaches the lower {@link #DEFAULT_ATTACH_THRESHOLD}. Only neighbourhoods that a batch touches are
 * recomputed.
 *
 * <p>A key held by {@link #DEFAULT_HOT_KEY_POSTINGS} articles of one time bucket (or of the undated
 * articles) is hot there and makes no candidates ({@link KeyIndex}); when a batch turns a key hot,
 * the links of the articles holding it are checked again and those whose pair is no longer a
 * candidate are removed, splitting their neighbourhoods where they held them together. So the links
 * are always the pairs that are candidates under the current hot keys and score at least the
 * threshold: each a function of its two articles and the set of articles (fixed background weights,
 * symmetric candidate retrieval, hotness counted over all articles), and the agglomeration breaks
 * ties by id, so the stories depend only on the set of articles: not on their order, batches or the
 * thread count. Not thread-safe: one writer.
 */
public final class IncrementalClusterer implements ArticleClusterer {
  /** Least score of a link between two articles, chosen on allsides-train. */
  public static final double DEFAULT_LINK_THRESHOLD = 0.25;

  /**
   * Least mean score between two groups of a neighbourhood that merge into one story, chosen on
   * allsides-train together with {@link #DEFAULT_ATTACH_THRESHOLD} (B-cubed F1 0.770 there, against
   * 0.761 at 0.25 without attaching).
   */
  public static final double DEFAULT_JOIN_THRESHOLD = 0.30;

  /**
   * Least mean score between an article left alone by the agglomeration and a story of two or more
   * articles that it then joins (its best such story): below the join threshold, because an outlet
   * that tells the story in its own words scores lower against each sibling while the siblings are
   * still by far its best match. Chosen on allsides-train.
   */
  public static final double DEFAULT_ATTACH_THRESHOLD = 0.22;

  /**
   * Neighbourhoods up to this size are cut on the scores of all their pairs; larger ones (rare, and
   * quadratic) on their links alone.
   */
  public static final int MAX_EXACT_NEIGHBOURHOOD = 50;

  /**
   * Index keys a candidate must share with a new article (one would do for recall, but on a busy
   * day a single shared name brings in thousands of unrelated articles); a shared MinHash band
   * makes a candidate too. The words' rule ({@link CandidateRule#DEFAULT}); the story model's
   * scorer asks for one key ({@link CandidateRule#WIDE}), since its model tells such pairs apart.
   */
  public static final int DEFAULT_MIN_SHARED_KEYS = 2;

  /**
   * Least key overlap of a candidate ({@link KeyWeights}: the sum over shared keys of the products
   * of their weights in the two articles), a MinHash band aside. Words common in a collection but
   * rare in the background table become keys of thousands of articles, each of which mentions them
   * in passing: their products are small, while two reports of one event share the names they are
   * about, heavy in both. A function of the two articles alone, so stories still do not depend on
   * order or batches. On allsides-train it scores 23% fewer key candidates at B-cubed F1 0.7695
   * (0.7696 without it); 0.12 would save more but loses an independent report of the seed corpus.
   */
  public static final double DEFAULT_MIN_KEY_OVERLAP = 0.10;

  /**
   * Postings of a key in one time bucket (or among the undated articles) from which it is hot there
   * and no longer counts toward a pair's shared keys or overlap. A word rare in the background
   * table can turn common in a store ("coronavirus" in 2020): its posting list then grows with the
   * store, every new article holding it reads the whole list, and the pairs it brings are mostly
   * unrelated (two reports of one event also share their names and rarer words, or a MinHash band).
   * An absolute count, so hotness only spreads as articles arrive and the links do not depend on
   * their order; a fraction of the partition would not. 1,000 is well above what a story-sized key
   * reaches (the most common key of allsides-train's 7,336 undated articles has 539 postings, so no
   * evaluation set is changed), and a key in 1,000 articles of two weeks is a topic, not an event.
   */
  public static final int DEFAULT_HOT_KEY_POSTINGS = 1000;

  private final FeatureExtractor extractor;
  private final LinkScorer scorer;
  private final double linkThreshold;
  private final double joinThreshold;
  private final double attachThreshold;
  private final int threads;
  private final Candidates candidates;
  private final List<ArticleFeatures> articles = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final Links links = new Links();
  // The stories of each neighbourhood, by the neighbourhood's root: groups of positions.
  private final Map<Integer, List<int[]>> stories = new HashMap<>();
  private int[] localIndexes = new int[0];
  // The articles added before the last batch that lost a link in it, by position.
  private final Set<Integer> unlinked = new TreeSet<>();

  /** The default clusterer on one thread, dates judged against {@code today}. */
  public IncrementalClusterer(LocalDate today) {
    this(
        new FeatureExtractor(today),
        new LinkScorer(),
        DEFAULT_LINK_THRESHOLD,
        DEFAULT_JOIN_THRESHOLD,
        1);
  }

  /** The default clusterer on {@code threads} threads. */
  public static IncrementalClusterer withThreads(LocalDate today, int threads) {
    return withScorer(today, new LinkScorer(), threads);
  }

  /**
   * A clusterer with the default thresholds scoring pairs with {@code scorer} (for instance {@link
   * LinkScorer#withStoryModel()}) on {@code threads} threads, dates judged against {@code today}.
   */
  public static IncrementalClusterer withScorer(LocalDate today, LinkScorer scorer, int threads) {
    return new IncrementalClusterer(
        new FeatureExtractor(today),
        scorer,
        DEFAULT_LINK_THRESHOLD,
        DEFAULT_JOIN_THRESHOLD,
        threads);
  }

  /** A clusterer attaching loners at {@link #DEFAULT_ATTACH_THRESHOLD}. */
  public IncrementalClusterer(
      FeatureExtractor extractor,
      LinkScorer scorer,
      double linkThreshold,
      double joinThreshold,
      int threads) {
    this(extractor, scorer, linkThreshold, joinThreshold, DEFAULT_ATTACH_THRESHOLD, threads);
  }

  /** A clusterer whose keys turn hot at {@link #DEFAULT_HOT_KEY_POSTINGS}. */
  public IncrementalClusterer(
      FeatureExtractor extractor,
      LinkScorer scorer,
      double linkThreshold,
      double joinThreshold,
      double attachThreshold,
      int threads) {
    this(
        extractor,
        scorer,
        linkThreshold,
        joinThreshold,
        attachThreshold,
        threads,
        DEFAULT_HOT_KEY_POSTINGS);
  }

  /**
   * @param linkThreshold least score of a link, in (0, 1]
   * @param joinThreshold least mean score of two groups that merge, in (0, 1]
   * @param attachThreshold least mean score by which an article left alone joins its best story of
   *     two or more, in (0, 1]; above {@code joinThreshold} it never acts
   * @param threads threads that extract features and score candidates, >= 1
   * @param hotKeyPostings postings of a key in one partition from which it is hot there, >= 1 (see
   *     {@link #DEFAULT_HOT_KEY_POSTINGS}; small values are for tests)
   */
  public IncrementalClusterer(
      FeatureExtractor extractor,
      LinkScorer scorer,
      double linkThreshold,
      double joinThreshold,
      double attachThreshold,
      int threads,
      int hotKeyPostings) {
    if (hotKeyPostings < 1) {
      throw new IllegalArgumentException("hotKeyPostings (" + hotKeyPostings + ") must be >= 1");
    }
    if (!(attachThreshold > 0 && attachThreshold <= 1)) {
      throw new IllegalArgumentException(
          "attachThreshold (" + attachThreshold + ") must be in (0, 1]");
    }
    this.attachThreshold = attachThreshold;
    if (!(linkThreshold > 0 && linkThreshold <= 1)) {
      throw new IllegalArgumentException("linkThreshold (" + linkThreshold + ") must be in (0, 1]");
    }
    if (!(joinThreshold > 0 && joinThreshold <= 1)) {
      throw new IllegalArgumentException("joinThreshold (" + joinThreshold + ") must be in (0, 1]");
    }
    this.joinThreshold = joinThreshold;
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
    }
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.linkThreshold = linkThreshold;
    this.threads = threads;
    this.candidates = new Candidates(scorer.windowDays(), hotKeyPostings, scorer.candidateRule());
  }

  public double linkThreshold() {
    return linkThreshold;
  }

  /** The number of articles added. */
  public int size() {
    return articles.size();
  }

  @Override
  public void add(List<Article> batch) {
    checkNew(batch.stream().map(Article::id).toList());
    addFeatures(parallel(batch.size(), i -> extractor.extract(batch.get(i))));
  }

  /** Adds articles whose features were extracted already (by an equal {@link FeatureExtractor}). */
  public void addFeatures(List<ArticleFeatures> batch) {
    checkNew(batch.stream().map(ArticleFeatures::id).toList());
    List<ArticleFeatures> sorted = new ArrayList<>(batch);
    sorted.sort(Comparator.comparing(ArticleFeatures::id));
    int first = articles.size();
    append(sorted);
    Set<Integer> oldRoots = prune(first, candidates.takeTurnedHot());
    List<int[][]> found = parallel(sorted.size(), i -> linksOf(first + i, sorted.get(i)));
    for (int i = 0; i < found.size(); i++) {
      for (int[] link : found.get(i)) {
        oldRoots.add(links.root(link[0]));
      }
    }
    for (int i = 0; i < found.size(); i++) {
      for (int[] link : found.get(i)) {
        links.add(first + i, link[0], Float.intBitsToFloat(link[1]));
      }
    }
    recut(first, oldRoots);
  }

  /**
   * Removes the links of {@code checked} (positions before {@code first}: the articles of key lists
   * that turned hot) whose pairs are no longer candidates, splits the neighbourhoods that lost a
   * link and drops their stories, and returns the roots of the parts (to be cut again).
   */
  private Set<Integer> prune(int first, int[] checked) {
    unlinked.clear();
    Map<Integer, int[]> weights = new HashMap<>();
    List<int[]> dropped = new ArrayList<>();
    for (int a : checked) {
      if (a >= first) {
        break;
      }
      links.forEach(
          a,
          (b, score) -> {
            // A pair of two checked articles is judged once, at its lesser end.
            if ((a < b || Arrays.binarySearch(checked, b) < 0) && !meet(a, b, weights)) {
              dropped.add(new int[] {a, b});
            }
          });
    }
    Set<Integer> oldRoots = new TreeSet<>();
    for (int[] pair : dropped) {
      oldRoots.add(links.root(pair[0]));
      links.remove(pair[0], pair[1]);
      unlinked.add(pair[0]);
      unlinked.add(pair[1]);
    }
    Set<Integer> parts = new TreeSet<>();
    for (int root : oldRoots) {
      stories.remove(root);
      Arrays.stream(links.split(root)).forEach(parts::add);
    }
    return parts;
  }

  /** Whether two added articles meet under the current hot keys (weights cached by position). */
  private boolean meet(int a, int b, Map<Integer, int[]> weights) {
    ArticleFeatures fa = articles.get(a);
    ArticleFeatures fb = articles.get(b);
    return candidates.meet(
        a,
        fa,
        weights.computeIfAbsent(a, p -> KeyWeights.of(fa)),
        b,
        fb,
        weights.computeIfAbsent(b, p -> KeyWeights.of(fb)));
  }

  /**
   * The ids of the articles added before the last {@link #addFeatures} that lost a link in it (a
   * key they share turned hot), sorted: their saved links are out of date. After {@link #restore},
   * those of the articles added before it.
   */
  public List<String> unlinked() {
    return unlinked.stream().map(p -> articles.get(p).id()).sorted().toList();
  }

  /** The links of the article at {@code position} to earlier positions: {position, score bits}. */
  private int[][] linksOf(int position, ArticleFeatures a) {
    List<int[]> result = new ArrayList<>();
    for (int c : candidates.of(a)) {
      if (c >= position) {
        break;
      }
      double score = scorer.score(a, articles.get(c));
      if (score >= linkThreshold) {
        result.add(new int[] {c, Float.floatToIntBits((float) score)});
      }
    }
    return result.toArray(new int[0][]);
  }

  /**
   * The stories of one neighbourhood: average-link over the scores of all its pairs (up to {@link
   * #MAX_EXACT_NEIGHBOURHOOD} articles; beyond, over its links only, others counting 0), then
   * articles left alone attached to their best story (see {@link AverageLinkage#run(double,
   * double)}), members in id order.
   */
  private List<int[]> cut(int[] component) {
    Integer[] byId = Arrays.stream(component).boxed().toArray(Integer[]::new);
    Arrays.sort(byId, Comparator.comparing(p -> articles.get(p).id()));
    AverageLinkage linkage = new AverageLinkage(byId.length);
    if (byId.length <= MAX_EXACT_NEIGHBOURHOOD) {
      for (int i = 0; i < byId.length; i++) {
        for (int j = i + 1; j < byId.length; j++) {
          double score = scorer.score(articles.get(byId[i]), articles.get(byId[j]));
          if (score > 0) {
            linkage.link(i, j, score);
          }
        }
      }
    } else {
      int[] local = localIndexes();
      for (int i = 0; i < byId.length; i++) {
        local[byId[i]] = i;
      }
      for (int index = 0; index < byId.length; index++) {
        int i = index;
        links.forEach(
            byId[i],
            (other, score) -> {
              int j = local[other];
              if (i < j) {
                linkage.link(i, j, score);
              }
            });
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (List<Integer> group : linkage.run(joinThreshold, attachThreshold)) {
      groups.add(group.stream().mapToInt(i -> byId[i]).toArray());
    }
    return groups;
  }

  /**
   * A scratch array from store position to index within the neighbourhood being cut, reused because
   * a large neighbourhood is cut again on every article that joins it; only the entries of that
   * neighbourhood's members are read (links never leave a component).
   */
  private int[] localIndexes() {
    if (localIndexes.length < articles.size()) {
      localIndexes = new int[Math.max(articles.size(), localIndexes.length * 2)];
    }
    return localIndexes;
  }

  @Override
  public List<List<String>> stories() {
    List<List<String>> result = new ArrayList<>();
    for (int[] group : groups()) {
      result.add(Arrays.stream(group).mapToObj(p -> articles.get(p).id()).sorted().toList());
    }
    result.sort(
        Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(s -> s.get(0)));
    return result;
  }

  /**
   * The stories with their titles, time spans, outlets and key entities, in {@link #stories()}
   * order.
   */
  public List<StorySummary> summaries() {
    StoryDescriber describer = new StoryDescriber();
    List<List<String>> stories = stories();
    return parallel(
        stories.size(),
        i ->
            describer.describe(
                stories.get(i).stream().map(id -> articles.get(positions.get(id))).toList()));
  }

  private List<int[]> groups() {
    List<int[]> groups = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (List<int[]> g : stories.values()) {
      for (int[] group : g) {
        groups.add(group);
        Arrays.stream(group).forEach(covered::add);
      }
    }
    for (int p = 0; p < articles.size(); p++) {
      if (!covered.contains(p)) {
        groups.add(new int[] {p});
      }
    }
    return groups;
  }

  /**
   * The links of the added article {@code id} to every other added article, in the order found;
   * with {@link #restore} they save a clustering so that it is taken up again without scoring.
   *
   * @throws IllegalArgumentException when {@code id} was not added
   */
  public List<ArticleLink> links(String id) {
    int position = positionOf(id);
    List<ArticleLink> result = new ArrayList<>();
    links.forEach(
        position,
        (other, score) -> result.add(new ArticleLink(id, articles.get(other).id(), score)));
    return result;
  }

  /**
   * The score of two added articles, as a link between them carries it: to check that saved links
   * are still those this clusterer finds.
   *
   * @throws IllegalArgumentException when either article was not added
   */
  public float score(String article, String other) {
    return (float) scorer.score(articles.get(positionOf(article)), articles.get(positionOf(other)));
  }

  /**
   * Adds articles with the links an equal clusterer found for them (as {@link #links(String)} gave
   * them), scoring no candidate: the stories come out as {@link #addFeatures} would make them,
   * provided {@code links} holds every link among {@code batch} and between {@code batch} and the
   * articles added before, each pair once. Only the touched neighbourhoods are cut again.
   *
   * @throws IllegalArgumentException when an article was added before, a link names an unknown
   *     article or none of {@code batch}, or a pair is given twice
   */
  public void restore(List<ArticleFeatures> batch, List<ArticleLink> saved) {
    checkNew(batch.stream().map(ArticleFeatures::id).toList());
    List<ArticleFeatures> sorted = new ArrayList<>(batch);
    sorted.sort(Comparator.comparing(ArticleFeatures::id));
    int first = articles.size();
    Map<String, Integer> batchPositions = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      batchPositions.put(sorted.get(i).id(), first + i);
    }
    // Checked before anything changes, so that a bad link leaves the clusterer as it was.
    List<int[]> ends = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    for (ArticleLink link : saved) {
      int a = batchPositions.getOrDefault(link.article(), -1);
      int b = batchPositions.getOrDefault(link.other(), -1);
      if (a < 0 && b < 0) {
        throw new IllegalArgumentException(
            "a restored link (" + link + ") must name an article of the batch");
      }
      a = a < 0 ? positionOf(link.article()) : a;
      b = b < 0 ? positionOf(link.other()) : b;
      if (!pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
        throw new IllegalArgumentException("a restored link (" + link + ") must be given once");
      }
      ends.add(new int[] {a, b});
    }
    append(sorted);
    // The saved links are pairs under the hot keys of all their articles, so they still are; links
    // added before may rest on a key the batch turned hot.
    Set<Integer> oldRoots = prune(first, candidates.takeTurnedHot());
    for (int[] e : ends) {
      if (Math.min(e[0], e[1]) < first) {
        oldRoots.add(links.root(Math.min(e[0], e[1])));
      }
    }
    for (int i = 0; i < ends.size(); i++) {
      links.add(ends.get(i)[0], ends.get(i)[1], saved.get(i).score());
    }
    recut(first, oldRoots);
  }

  /** Gives each article the next position and enters it in the key index and the LSH bands. */
  private void append(List<ArticleFeatures> sorted) {
    for (ArticleFeatures f : sorted) {
      int position = articles.size();
      articles.add(f.stored());
      positions.put(f.id(), position);
      candidates.add(position, f);
      links.grow(articles.size());
    }
  }

  /**
   * Cuts again every component touched by the articles from {@code first} on, and drops the stories
   * of the components they joined (their old roots).
   */
  private void recut(int first, Set<Integer> oldRoots) {
    Set<Integer> roots = new TreeSet<>();
    for (int position = first; position < articles.size(); position++) {
      roots.add(links.root(position));
    }
    for (int old : oldRoots) {
      roots.add(links.root(old));
      stories.remove(old);
    }
    // Neighbourhoods cut on all their pairs are cut on every thread; larger ones share a scratch
    // array and are cut in turn.
    List<Integer> smallRoots = new ArrayList<>();
    List<int[]> small = new ArrayList<>();
    for (int root : roots) {
      int[] component = links.component(root);
      if (component.length <= MAX_EXACT_NEIGHBOURHOOD) {
        smallRoots.add(root);
        small.add(component);
      } else {
        stories.put(root, cut(component));
      }
    }
    List<List<int[]>> cuts = parallel(small.size(), i -> cut(small.get(i)));
    for (int i = 0; i < small.size(); i++) {
      stories.put(smallRoots.get(i), cuts.get(i));
    }
  }

  private int positionOf(String id) {
    Integer position = positions.get(id);
    if (position == null) {
      throw new IllegalArgumentException("article (" + id + ") must have been added");
    }
    return position;
  }

  private void checkNew(List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (positions.containsKey(id) || !seen.add(id)) {
        throw new IllegalArgumentException("article id (" + id + ") must not be added twice");
      }
    }
  }

  private <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) {
    if (threads == 1 || n < 2) {
      return IntStream.range(0, n).mapToObj(task).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(task).toList()).join();
    } finally {
      pool.shutdown();
    }
  }
}
