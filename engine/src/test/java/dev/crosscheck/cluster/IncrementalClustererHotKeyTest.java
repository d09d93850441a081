package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fingerprint.MinHashSignature;
import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Hot keys ({@link IncrementalClusterer#DEFAULT_HOT_KEY_POSTINGS}, small here): a link that rests
 * on a key that turns hot is removed, and the stories and links still depend only on the set of
 * articles.
 */
class IncrementalClustererHotKeyTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private final FeatureExtractor extractor = new FeatureExtractor(TODAY);

  private static IncrementalClusterer clusterer(int hotKeyPostings, int threads) {
    return new IncrementalClusterer(
        new FeatureExtractor(TODAY),
        new LinkScorer(),
        IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
        IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
        IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD,
        threads,
        hotKeyPostings);
  }

  /** {@code f} filed under {@code keys} alone, with {@code signature}. */
  private static ArticleFeatures withKeys(
      ArticleFeatures f, long[] keys, MinHashSignature signature) {
    return new ArticleFeatures(
        f.article(),
        f.headline(),
        f.body(),
        f.entities(),
        f.entityNames(),
        keys,
        signature,
        f.date());
  }

  /** The two keys the first two quake reports share that weigh most in both. */
  private long[] twoSharedKeys(ArticleFeatures a, ArticleFeatures b) {
    int[] wa = KeyWeights.of(a);
    int[] wb = KeyWeights.of(b);
    List<long[]> shared = new ArrayList<>();
    for (int i = 0; i < a.keys().length; i++) {
      for (int j = 0; j < b.keys().length; j++) {
        if (a.keys()[i] == b.keys()[j]) {
          shared.add(new long[] {a.keys()[i], (long) wa[i] * wb[j]});
        }
      }
    }
    shared.sort((x, y) -> Long.compare(y[1], x[1]));
    assertThat(shared).hasSizeGreaterThanOrEqualTo(2);
    long[] keys = {shared.get(0)[0], shared.get(1)[0]};
    java.util.Arrays.sort(keys);
    return keys;
  }

  @Test
  void aLinkThatOneKeyMadeIsRemovedWhenTheKeyTurnsHot() {
    List<Article> corpus = ClustererContractTest.corpus();
    ArticleFeatures a = extractor.extract(corpus.get(0));
    ArticleFeatures b = extractor.extract(corpus.get(1));
    long[] keys = twoSharedKeys(a, b);
    a = withKeys(a, keys, MinHashSignature.EMPTY);
    b = withKeys(b, keys, MinHashSignature.EMPTY);
    // Articles holding one of the two keys only: never candidates themselves.
    List<ArticleFeatures> holders = new ArrayList<>();
    for (Article other : corpus.subList(5, 8)) {
      holders.add(withKeys(extractor.extract(other), new long[] {keys[0]}, MinHashSignature.EMPTY));
    }

    IncrementalClusterer clusterer = clusterer(4, 1);
    clusterer.addFeatures(List.of(a, b));
    assertThat(clusterer.links("quake-2")).hasSize(1);
    assertThat(clusterer.stories()).contains(List.of("quake-1", "quake-2"));
    clusterer.addFeatures(holders.subList(0, 1));
    assertThat(clusterer.unlinked()).isEmpty();

    // The fourth posting of the key makes it hot: the pair shares one key that counts.
    clusterer.addFeatures(holders.subList(1, 3));
    assertThat(clusterer.unlinked()).containsExactly("quake-1", "quake-2");
    assertThat(clusterer.links("quake-1")).isEmpty();
    assertThat(clusterer.links("quake-2")).isEmpty();
    assertThat(clusterer.stories()).doesNotContain(List.of("quake-1", "quake-2"));

    IncrementalClusterer oneShot = clusterer(4, 1);
    List<ArticleFeatures> all = new ArrayList<>(List.of(a, b));
    all.addAll(holders);
    oneShot.addFeatures(all);
    assertThat(oneShot.stories()).isEqualTo(clusterer.stories());
  }

  @Test
  void aRestoredBatchThatTurnsAKeyHotRemovesTheLinksAddedBefore() {
    List<Article> corpus = ClustererContractTest.corpus();
    ArticleFeatures a = extractor.extract(corpus.get(0));
    ArticleFeatures b = extractor.extract(corpus.get(1));
    long[] keys = twoSharedKeys(a, b);
    IncrementalClusterer clusterer = clusterer(3, 1);
    clusterer.addFeatures(
        List.of(
            withKeys(a, keys, MinHashSignature.EMPTY), withKeys(b, keys, MinHashSignature.EMPTY)));
    assertThat(clusterer.links("quake-1")).hasSize(1);
    clusterer.restore(
        List.of(withKeys(extractor.extract(corpus.get(5)), keys, MinHashSignature.EMPTY)),
        List.of());
    assertThat(clusterer.unlinked()).containsExactly("quake-1", "quake-2");
    assertThat(clusterer.links("quake-1")).isEmpty();
    assertThat(clusterer.stories()).hasSize(3);
  }

  @Test
  void aLinkThatABandMakesOutlivesItsHotKey() {
    List<Article> corpus = ClustererContractTest.corpus();
    ArticleFeatures a = extractor.extract(corpus.get(0));
    ArticleFeatures b = extractor.extract(corpus.get(1));
    long[] keys = twoSharedKeys(a, b);
    // One signature for both: they share every band.
    a = withKeys(a, keys, a.signature());
    b = withKeys(b, keys, a.signature());
    IncrementalClusterer clusterer = clusterer(3, 1);
    clusterer.addFeatures(List.of(a, b));
    List<ArticleFeatures> holders = new ArrayList<>();
    for (Article other : corpus.subList(5, 7)) {
      holders.add(withKeys(extractor.extract(other), new long[] {keys[0]}, MinHashSignature.EMPTY));
    }
    clusterer.addFeatures(holders);
    assertThat(clusterer.unlinked()).isEmpty();
    assertThat(clusterer.links("quake-2")).hasSize(1);
    assertThat(clusterer.stories()).contains(List.of("quake-1", "quake-2"));
  }

  /**
   * Seeded events whose titles share a few common words, which turn hot. Reports of an odd event
   * copy most of its facts and name its person; those of an even event tell it in their own words
   * and meet through the title alone: its place and its common words.
   */
  private static List<Article> events(long seed) {
    Random random = new Random(seed);
    String[] common = {"council", "spokesman", "road", "water", "price"};
    List<Article> articles = new ArrayList<>();
    for (int e = 0; e < 16; e++) {
      String place = capital(word(random));
      String person = capital(word(random)) + " " + capital(word(random));
      String title =
          place
              + " "
              + common[e % common.length]
              + " "
              + common[(e + 1 + e / common.length) % common.length]
              + (e % 2 == 1 ? " " + person : "");
      List<String> facts = new ArrayList<>();
      for (int s = 0; s < 6; s++) {
        facts.add(sentence(place, person, random));
      }
      int reports = 2 + random.nextInt(4);
      for (int r = 0; r < reports; r++) {
        StringBuilder text = new StringBuilder();
        for (String fact : facts) {
          boolean retold = e % 2 == 0 || random.nextInt(3) == 0;
          text.append(retold ? sentence(place, null, random) : fact).append(' ');
        }
        articles.add(
            ClustererContractTest.article(
                String.format(Locale.ROOT, "e%02d-%d", e, r), title, text.toString()));
      }
    }
    return articles;
  }

  private static String sentence(String place, String person, Random random) {
    StringBuilder s = new StringBuilder(person == null || random.nextBoolean() ? place : person);
    for (int w = 0; w < 3; w++) {
      s.append(' ').append(word(random));
    }
    return s.append('.').toString();
  }

  private static String word(Random random) {
    String letters = "abcdefghiklmnoprstuvw";
    StringBuilder w = new StringBuilder();
    for (int i = 0, n = 4 + random.nextInt(5); i < n; i++) {
      w.append(letters.charAt(random.nextInt(letters.length())));
    }
    return w.toString();
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Every link of {@code clusterer}, each pair once, lesser id first. */
  private static Set<String> links(IncrementalClusterer clusterer, List<Article> articles) {
    Set<String> found = new TreeSet<>();
    for (Article a : articles) {
      for (ArticleLink link : clusterer.links(a.id())) {
        if (link.other().compareTo(a.id()) > 0) {
          found.add(a.id() + " " + link.other() + " " + link.score());
        }
      }
    }
    return found;
  }

  @Test
  void orderBatchesAndThreadsDoNotChangeTheLinksOrStoriesWhenKeysTurnHot() {
    int hot = 8;
    List<Article> articles = events(20251121L);
    IncrementalClusterer oneBatch = clusterer(hot, 1);
    oneBatch.add(articles);
    Set<String> links = links(oneBatch, articles);
    List<List<String>> stories = oneBatch.stories();
    assertThat(stories.stream().filter(s -> s.size() > 1).count()).isGreaterThan(5);

    Random random = new Random(3);
    int removed = 0;
    for (int round = 0; round < 4; round++) {
      List<Article> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      int batches = 1 + round * 3;
      IncrementalClusterer batched = clusterer(hot, 1 + round % 2);
      for (int b = 0; b < batches; b++) {
        int from = b * shuffled.size() / batches;
        batched.add(shuffled.subList(from, (b + 1) * shuffled.size() / batches));
        removed += batched.unlinked().size();
      }
      assertThat(links(batched, articles)).as("round %d", round).isEqualTo(links);
      assertThat(batched.stories()).as("round %d", round).isEqualTo(stories);
    }
    // The fixture exercises removal: some links were made before their keys turned hot.
    assertThat(removed).isGreaterThan(0);

    IncrementalClusterer neverHot = clusterer(Integer.MAX_VALUE, 1);
    neverHot.add(articles);
    assertThat(links(neverHot, articles)).containsAll(links).isNotEqualTo(links);
  }
}
