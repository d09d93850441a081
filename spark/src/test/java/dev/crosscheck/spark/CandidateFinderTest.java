package dev.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.ArticleLink;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The job's candidates and links against the embedded clusterer's links when keys turn hot (a small
 * hot count, so that a seeded corpus of a hundred articles makes its common words hot): undated
 * articles and dated ones across neighbouring buckets.
 */
class CandidateFinderTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final int HOT = 4;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Events whose titles share a few common words; a third undated, the rest days apart. */
  private static List<Article> events(long seed) {
    Random random = new Random(seed);
    String[] common = {"council", "spokesman", "road", "water", "price"};
    List<Article> articles = new ArrayList<>();
    for (int e = 0; e < 24; e++) {
      String place = capital(word(random));
      String title =
          place + " " + common[e % common.length] + " " + common[(e + 1 + e / 5) % common.length];
      String published = e % 3 == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(5L * e).toString();
      int reports = 2 + random.nextInt(4);
      for (int r = 0; r < reports; r++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 6; s++) {
          text.append(place);
          for (int w = 0; w < 3; w++) {
            text.append(' ').append(word(random));
          }
          text.append(". ");
        }
        String id = String.format(Locale.ROOT, "e%02d-%d", e, r);
        articles.add(
            new Article(id, id, title, null, null, null, published, "en", text.toString()));
      }
    }
    return articles;
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

  private static Set<String> embeddedLinks(List<ArticleFeatures> features, int hot) {
    IncrementalClusterer clusterer =
        new IncrementalClusterer(
            Engine.features(TODAY),
            new LinkScorer(),
            IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
            IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
            IncrementalClusterer.DEFAULT_ATTACH_THRESHOLD,
            1,
            hot);
    clusterer.addFeatures(features);
    Set<String> links = new TreeSet<>();
    for (ArticleFeatures f : features) {
      for (ArticleLink link : clusterer.links(f.id())) {
        if (link.other().compareTo(f.id()) > 0) {
          links.add(f.id() + " " + link.other());
        }
      }
    }
    return links;
  }

  @Test
  void hotKeysMakeTheLinksOfTheEmbeddedClusterer() {
    List<ArticleFeatures> features =
        events(20251121L).stream().map(Engine.features(TODAY)::extract).toList();
    List<Tuple2<Integer, FeatureRow>> rows = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      ArticleFeatures f = features.get(i);
      rows.add(new Tuple2<>(i, FeatureRow.of(f, Engine.lsh().bandKeys(f.signature()))));
    }
    JavaSparkContext sc = LocalSpark.context(spark);
    JavaPairRDD<Integer, FeatureRow> byIndex = sc.parallelizePairs(rows, 3);
    long[] hot = CandidateFinder.hotGroups(byIndex, HOT);
    var candidates = new CandidateFinder(sc.broadcast(hot)).candidates(byIndex, 3);
    Set<String> links = new TreeSet<>();
    new Linker()
        .links(candidates, byIndex)
        .collect()
        .forEach(l -> links.add(l._1() + " " + l._2()));

    assertThat(hot).isNotEmpty();
    assertThat(links).isEqualTo(embeddedLinks(features, HOT));
    assertThat(links).isNotEqualTo(embeddedLinks(features, Integer.MAX_VALUE));
  }
}
