package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalClustererTest extends ClustererContractTest {
  static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  @Override
  ArticleClusterer clusterer(int threads) {
    return IncrementalClusterer.withThreads(TODAY, threads);
  }

  static Article dated(String id, String title, String text, String published) {
    return new Article(id, id, title, null, "Outlet " + id, null, published, "en", text);
  }

  private static List<List<String>> stories(List<Article> articles) {
    IncrementalClusterer clusterer = new IncrementalClusterer(TODAY);
    clusterer.add(articles);
    return clusterer.stories();
  }

  private static final String QUAKE =
      "A magnitude 6.8 earthquake struck the north coast of Tarvonia, collapsing homes in Esker"
          + " and Brill and killing at least 12 people, officials said.";

  @Test
  void eventsBecomeStories() {
    assertThat(run(clusterer(1), corpus()))
        .containsExactly(
            List.of("quake-1", "quake-2", "quake-3"),
            List.of("final-1", "final-2"),
            List.of("vote-1", "vote-2"),
            List.of("misc-1"),
            List.of("misc-2"));
  }

  @Test
  void theSameKindOfEventAYearApartStaysApart() {
    assertThat(
            stories(
                List.of(
                    dated("a", "Earthquake hits Tarvonia's north coast", QUAKE, "2023-04-02"),
                    dated("b", "Earthquake hits Tarvonia's north coast", QUAKE, "2024-04-07"))))
        .hasSize(2);
  }

  @Test
  void anUnknownDateDoesNotBlockJoining() {
    assertThat(
            stories(
                List.of(
                    dated("a", "Earthquake hits Tarvonia's north coast", QUAKE, "2024-04-07"),
                    dated("b", "Tarvonia earthquake kills 12", QUAKE, null))))
        .containsExactly(List.of("a", "b"));
  }

  @Test
  void datesIn1970OrTheFutureCountAsUnknown() {
    assertThat(
            stories(
                List.of(
                    dated("a", "Earthquake hits Tarvonia's north coast", QUAKE, "2024-04-07"),
                    dated("b", "Tarvonia earthquake kills 12", QUAKE, "1970-01-01"),
                    dated(
                        "c", "Tarvonia earthquake kills 12 people", QUAKE, "2099-01-01T00:00:00Z"),
                    dated("d", "Tarvonia earthquake: 12 dead", QUAKE, "not a date"))))
        .containsExactly(List.of("a", "b", "c", "d"));
  }

  @Test
  void identicalContentUnderTwoIdsIsOneStory() {
    assertThat(
            stories(
                List.of(
                    dated("a", "Earthquake hits Tarvonia", QUAKE, null),
                    dated("b", "Earthquake hits Tarvonia", QUAKE, null))))
        .containsExactly(List.of("a", "b"));
  }

  @Test
  void articlesWithoutTitleOrWithOnlyAHeadlineAreClustered() {
    List<List<String>> result =
        stories(
            List.of(
                dated("no-title", null, QUAKE, null),
                dated(
                    "headline-only",
                    "Magnitude 6.8 earthquake kills 12 in Tarvonia's Esker and Brill",
                    "",
                    null),
                dated("empty", null, "", null),
                dated(
                    "other",
                    "Larkfield Rovers win the Corrian Cup",
                    "Larkfield beat Dunmere 2-1.",
                    null)));
    assertThat(result)
        .contains(List.of("headline-only", "no-title"), List.of("empty"), List.of("other"));
  }

  @Test
  void anArticleInAnotherLanguageIsHandled() {
    // No translation model here: a French report stands alone unless copied; it must not fail or
    // attract unrelated English stories.
    List<List<String>> result =
        stories(
            List.of(
                dated("en", "Earthquake hits Tarvonia", QUAKE, null),
                dated(
                    "fr",
                    "Séisme meurtrier au nord de la Tarvonie",
                    "Un séisme de magnitude 6,8 a frappé la côte nord de la Tarvonie, faisant au moins 12 morts à Esker et Brill.",
                    null),
                dated(
                    "fr-copy",
                    "Séisme meurtrier au nord de la Tarvonie",
                    "Un séisme de magnitude 6,8 a frappé la côte nord de la Tarvonie, faisant au moins 12 morts à Esker et Brill.",
                    null),
                dated("zh", "地震", "塔尔沃尼亚北部海岸发生6.8级地震，至少12人死亡。", null)));
    assertThat(result).contains(List.of("fr", "fr-copy"), List.of("zh"));
  }

  @Test
  void unrelatedArticlesInAnotherLanguageStayApart() {
    // Their function words ("les", "des", "pour") are unknown to the English weights.
    assertThat(
            stories(
                List.of(
                    french(
                        "fr1",
                        "La mairie de Lyon augmente les tarifs des cantines scolaires",
                        "Le conseil municipal de Lyon a voté lundi une hausse de 5 % des tarifs des"
                            + " cantines scolaires pour la rentrée, une décision critiquée par les"
                            + " associations de parents qui dénoncent une mesure injuste pour les"
                            + " familles."),
                    french(
                        "fr2",
                        "Un nouveau record de chaleur pour le mois de juin en Espagne",
                        "Les températures ont dépassé 44 degrés dans le sud de l'Espagne ce"
                            + " week-end, un record pour un mois de juin selon l'agence"
                            + " météorologique, qui appelle la population à la prudence pour les"
                            + " familles."))))
        .hasSize(2);
  }

  private static Article french(String id, String title, String text) {
    return new Article(id, id, title, null, null, null, null, "fr", text);
  }

  @Test
  void summariesNameTitleSpanOutletsAndEntities() {
    IncrementalClusterer clusterer = new IncrementalClusterer(TODAY);
    clusterer.add(
        List.of(
            dated("a", "Earthquake hits Tarvonia's north coast", QUAKE, "2024-04-07"),
            dated(
                "b",
                "Tarvonia earthquake kills 12 in Esker",
                QUAKE + " Esker's mayor asked for help.",
                "2024-04-08"),
            dated("c", "Quake in Tarvonia: Esker and Brill hit hardest", QUAKE, "2024-04-09")));
    StorySummary story = clusterer.summaries().get(0);
    assertThat(story.articles()).containsExactly("a", "b", "c");
    assertThat(story.title()).isNotBlank();
    assertThat(story.first()).isEqualTo(LocalDate.of(2024, 4, 7));
    assertThat(story.last()).isEqualTo(LocalDate.of(2024, 4, 9));
    assertThat(story.outlets()).containsExactly("Outlet a", "Outlet b", "Outlet c");
    assertThat(story.entities()).contains("tarvonia", "esker");
  }

  @Test
  void seededRandomTextsAreClusteredDeterministically() {
    Random random = new Random(42);
    String[] words =
        "alpha beta gamma delta port fire vote court storm river bank strike".split(" ");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      articles.add(dated(String.format("r%02d", i), null, text.toString(), null));
    }
    List<List<String>> once = stories(articles);
    assertThat(once.stream().mapToInt(List::size).sum()).isEqualTo(60);
    List<Article> reversed = new ArrayList<>(articles);
    java.util.Collections.reverse(reversed);
    assertThat(stories(reversed)).isEqualTo(once);
  }

  @Test
  void rejectsBadSettings() {
    FeatureExtractor extractor = new FeatureExtractor(TODAY);
    assertThatThrownBy(() -> new IncrementalClusterer(extractor, new LinkScorer(), 0, 0.3, 1))
        .hasMessage("linkThreshold (0.0) must be in (0, 1]");
    assertThatThrownBy(() -> new IncrementalClusterer(extractor, new LinkScorer(), 0.3, 0.3, 0))
        .hasMessage("threads (0) must be >= 1");
    assertThatThrownBy(
            () -> new IncrementalClusterer(extractor, new LinkScorer(), 0.3, 0.3, 1.5, 1))
        .hasMessage("attachThreshold (1.5) must be in (0, 1]");
  }
}
