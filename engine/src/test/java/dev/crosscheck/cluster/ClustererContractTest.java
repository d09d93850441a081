package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ArticleClusterer} passes (Carrot2's habit): empty input, one article,
 * order, threads and batches do not change the stories. Subclasses supply the clusterer.
 */
abstract class ClustererContractTest {
  /** A fresh, empty clusterer using {@code threads} threads. */
  abstract ArticleClusterer clusterer(int threads);

  static Article article(String id, String title, String text) {
    return new Article(id, id, title, null, null, null, null, "en", text);
  }

  /** Three events, a few reports each, plus noise; fixed. */
  static List<Article> corpus() {
    return List.of(
        article(
            "quake-1",
            "Strong earthquake hits Tarvonia's north coast",
            "A magnitude 6.8 earthquake struck the north coast of Tarvonia on Sunday, collapsing homes in Esker and Brill and killing at least 12 people, officials said."),
        article(
            "quake-2",
            "Tarvonia quake kills 12, topples homes in Esker",
            "At least 12 people died when a 6.8-magnitude quake shook northern Tarvonia, toppling houses in the coastal towns of Esker and Brill."),
        article(
            "quake-3",
            "Rescuers dig through rubble after Tarvonia earthquake",
            "Rescue teams in Esker searched collapsed homes on Monday after the magnitude 6.8 earthquake that killed 12 people in northern Tarvonia."),
        article(
            "vote-1",
            "Halvik parliament passes pension reform after all-night session",
            "Lawmakers in Halvik approved Prime Minister Oda Rennick's pension reform by 88 votes to 71, raising the retirement age to 67."),
        article(
            "vote-2",
            "Rennick wins pension vote as Halvik raises retirement age",
            "Prime Minister Oda Rennick's plan to raise Halvik's retirement age to 67 passed parliament 88 to 71 after a night of debate."),
        article(
            "final-1",
            "Larkfield Rovers win Corrian Cup final",
            "Larkfield Rovers beat Dunmere Athletic 2-1 in the Corrian Cup final on Saturday, ending a 17-year wait for the trophy."),
        article(
            "final-2",
            "Dunmere beaten as Larkfield lift Corrian Cup",
            "A late goal gave Larkfield Rovers a 2-1 victory over Dunmere Athletic in Saturday's Corrian Cup final."),
        article(
            "misc-1",
            "Bakery chain opens 40 new shops",
            "The Pellow bakery chain said it would open 40 shops across the south this year and hire 600 staff."),
        article(
            "misc-2",
            "Museum returns stolen painting",
            "The Verrin city museum has returned a stolen landscape painting to the family of its owner, eighty years after it vanished."));
  }

  static List<List<String>> run(ArticleClusterer clusterer, List<Article> articles) {
    clusterer.add(articles);
    return clusterer.stories();
  }

  @Test
  void emptyInputGivesNoStories() {
    ArticleClusterer clusterer = clusterer(1);
    clusterer.add(List.of());
    assertThat(clusterer.stories()).isEmpty();
  }

  @Test
  void oneArticleIsOneStory() {
    assertThat(run(clusterer(1), List.of(corpus().get(0)))).containsExactly(List.of("quake-1"));
  }

  @Test
  void seededShufflesGiveTheSameStories() {
    List<List<String>> expected = run(clusterer(1), corpus());
    Random random = new Random(20250217);
    for (int i = 0; i < 8; i++) {
      List<Article> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, random);
      assertThat(run(clusterer(1), shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void twoThreadsGiveTheSameStoriesAsOne() {
    assertThat(run(clusterer(2), corpus())).isEqualTo(run(clusterer(1), corpus()));
  }

  @Test
  void twoBatchesGiveTheSameStoriesAsOne() {
    List<List<String>> expected = run(clusterer(1), corpus());
    Random random = new Random(7);
    for (int i = 0; i < 8; i++) {
      List<Article> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, random);
      int cut = 1 + random.nextInt(shuffled.size() - 1);
      ArticleClusterer clusterer = clusterer(1);
      clusterer.add(shuffled.subList(0, cut));
      clusterer.add(shuffled.subList(cut, shuffled.size()));
      assertThat(clusterer.stories()).isEqualTo(expected);
    }
  }

  @Test
  void oneArticleAtATimeGivesTheSameStoriesAsOneBatch() {
    List<List<String>> expected = run(clusterer(1), corpus());
    ArticleClusterer clusterer = clusterer(1);
    for (Article a : corpus()) {
      clusterer.add(List.of(a));
    }
    assertThat(clusterer.stories()).isEqualTo(expected);
  }

  @Test
  void aRepeatedIdIsRejected() {
    ArticleClusterer clusterer = clusterer(1);
    clusterer.add(List.of(corpus().get(0)));
    assertThatThrownBy(() -> clusterer.add(List.of(corpus().get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quake-1");
  }
}
