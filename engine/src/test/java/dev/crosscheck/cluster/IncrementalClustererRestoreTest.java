package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clustering saved as its links ({@link IncrementalClusterer#links}) and restored ({@link
 * IncrementalClusterer#restore}) gives the stories of the clustering it was saved from, whatever
 * the batches, without scoring candidates; bad links are refused and change nothing.
 */
class IncrementalClustererRestoreTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private final FeatureExtractor extractor = new FeatureExtractor(TODAY);

  /** The contract corpus plus a large event (a neighbourhood cut on its links alone) and noise. */
  private List<Article> articles(long seed) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>(ClustererContractTest.corpus());
    int big = IncrementalClusterer.MAX_EXACT_NEIGHBOURHOOD + 10;
    for (int i = 0; i < big; i++) {
      articles.add(
          ClustererContractTest.article(
              "flood-" + i,
              "Floods close the Marrow bridge in Quellin",
              "River Marrow floods closed the Quellin bridge and forced "
                  + (100 + random.nextInt(400))
                  + " families from homes in Osterby and Pell, the Quellin council said."));
    }
    for (int i = 0; i < 20; i++) {
      articles.add(
          ClustererContractTest.article(
              "noise-" + i,
              "Notice " + Integer.toString(random.nextInt(1 << 20), 36),
              "Item " + Integer.toString(random.nextInt(1 << 30), 36) + " was listed today."));
    }
    Collections.shuffle(articles, random);
    return articles;
  }

  private List<ArticleFeatures> features(List<Article> articles) {
    return articles.stream().map(extractor::extract).toList();
  }

  /** Every link of {@code clusterer} among {@code ids}, each pair once. */
  private static List<ArticleLink> savedLinks(IncrementalClusterer clusterer, List<String> ids) {
    List<ArticleLink> links = new ArrayList<>();
    Set<String> wanted = Set.copyOf(ids);
    for (String id : ids) {
      for (ArticleLink link : clusterer.links(id)) {
        if (link.other().compareTo(id) < 0 && wanted.contains(link.other())) {
          links.add(link);
        }
      }
    }
    return links;
  }

  @Test
  void restoredLinksGiveTheStoriesTheyWereSavedFrom() {
    for (long seed = 1; seed <= 3; seed++) {
      List<Article> articles = articles(seed);
      IncrementalClusterer original = IncrementalClusterer.withThreads(TODAY, 2);
      original.add(articles);
      List<String> ids = articles.stream().map(Article::id).toList();
      assertThat(original.stories())
          .anySatisfy(
              s -> assertThat(s).hasSizeGreaterThan(IncrementalClusterer.MAX_EXACT_NEIGHBOURHOOD));

      // Restored in two batches: the second batch's links reach back into the first.
      int cut = ids.size() / 3;
      IncrementalClusterer restored = new IncrementalClusterer(TODAY);
      restored.restore(
          features(articles.subList(0, cut)), savedLinks(original, ids.subList(0, cut)));
      List<ArticleLink> rest = new ArrayList<>(savedLinks(original, ids));
      rest.removeAll(savedLinks(original, ids.subList(0, cut)));
      restored.restore(features(articles.subList(cut, articles.size())), rest);

      assertThat(restored.stories()).isEqualTo(original.stories());
      assertThat(restored.summaries()).isEqualTo(original.summaries());
      for (ArticleLink link : rest) {
        assertThat(restored.score(link.article(), link.other())).isEqualTo(link.score());
      }
    }
  }

  @Test
  void articlesAddedAfterARestoreJoinTheirStories() {
    List<Article> articles = articles(5);
    IncrementalClusterer original = new IncrementalClusterer(TODAY);
    original.add(articles);
    List<String> ids = articles.stream().map(Article::id).toList();
    int cut = ids.size() / 2;
    IncrementalClusterer restored = new IncrementalClusterer(TODAY);
    restored.restore(features(articles.subList(0, cut)), savedLinks(original, ids.subList(0, cut)));
    restored.addFeatures(features(articles.subList(cut, articles.size())));
    assertThat(restored.stories()).isEqualTo(original.stories());
  }

  @Test
  void nothingRestoredIsNothingAdded() {
    IncrementalClusterer clusterer = new IncrementalClusterer(TODAY);
    clusterer.restore(List.of(), List.of());
    assertThat(clusterer.stories()).isEmpty();
    assertThat(clusterer.size()).isZero();
  }

  @Test
  void badLinksAreRefusedAndChangeNothing() {
    List<Article> corpus = ClustererContractTest.corpus();
    IncrementalClusterer clusterer = new IncrementalClusterer(TODAY);
    clusterer.restore(features(corpus.subList(0, 2)), List.of());
    List<ArticleFeatures> next = features(corpus.subList(2, 4));
    ArticleLink old = new ArticleLink("quake-1", "quake-2", 0.5f);
    ArticleLink twice = new ArticleLink("quake-3", "quake-1", 0.5f);
    ArticleLink unknown = new ArticleLink("quake-3", "nowhere", 0.5f);

    assertThatThrownBy(() -> clusterer.restore(next, List.of(old)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name an article of the batch");
    assertThatThrownBy(
            () ->
                clusterer.restore(
                    next, List.of(twice, new ArticleLink("quake-1", "quake-3", 0.5f))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given once");
    assertThatThrownBy(() -> clusterer.restore(next, List.of(unknown)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> new ArticleLink("a", "a", 0.5f))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clusterer.size()).isEqualTo(2);
    assertThat(clusterer.stories()).containsExactly(List.of("quake-1"), List.of("quake-2"));
    assertThatThrownBy(() -> clusterer.links("quake-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have been added");
  }
}
