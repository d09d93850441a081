package dev.crosscheck.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.FactSheet;
import dev.crosscheck.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactSheetWriterTest {
  private static Article article(String id, String published, String title, String text) {
    return new Article(id, id, title, null, null, null, published, "en", text);
  }

  private static Story story(String title, List<Article> articles) {
    List<String> ids = articles.stream().map(Article::id).toList();
    return new Story("story-1", title, ids, List.of(ids), List.of(), List.of());
  }

  private static final List<Article> TRIAL =
      List.of(
          article(
              "a",
              "2021-02-08",
              "Trump trial opens",
              "The Senate impeachment trial of former President Donald Trump opens Tuesday in "
                  + "Washington. Sen. Rand Paul said conviction had zero chance."),
          article(
              "b",
              "2021-02-08",
              null,
              "Donald Trump's second trial begins on February 9, 2021 in Washington. Trump's "
                  + "lawyers filed their brief."),
          article(
              "c",
              "2021-02-09",
              null,
              "Trump faces the Senate on Tuesday. Lawyers for Trump argued in Washington."));

  @Test
  void whoWhatWhereWhenFromTheArticles() {
    FactSheet facts = new FactSheetWriter().write(story("Trump trial opens", TRIAL), TRIAL);
    assertThat(facts.who())
        .first()
        .isEqualTo(new FactSheet.Actor("Donald Trump", "former President"));
    assertThat(facts.who()).extracting(FactSheet.Actor::name).doesNotContain("Rand Paul");
    assertThat(facts.what()).isEqualTo("Trump trial opens");
    assertThat(facts.where()).containsExactly("Washington");
    assertThat(facts.when().dates()).contains("2021-02-09");
    assertThat(facts.when().mentions()).containsExactly("Tuesday");
    assertThat(facts.when().first()).isEqualTo("2021-02-08");
    assertThat(facts.when().last()).isEqualTo("2021-02-09");
  }

  @Test
  void withoutATitleWhatIsTheBriefsFirstSentence() {
    Story untitled =
        new Story(
            "s",
            null,
            List.of(),
            List.of(),
            List.of(new BriefSentence("The trial opened.", List.of("a"), 1)),
            List.of());
    assertThat(new FactSheetWriter().write(untitled, List.of()).what())
        .isEqualTo("The trial opened.");
  }

  @Test
  void surnamesAndSpellingVariantsAreOnePersonAndPlacesAreNamedAsWritten() {
    List<Article> articles =
        List.of(
            article(
                "a",
                "2025-02-17",
                null,
                "Secretary of State Marco Rubio met Foreign Minister Sergei Lavrov in Riyadh."
                    + " The barge exploded at Quay 7 near the Old River Bridge."),
            article(
                "b",
                "2025-02-17",
                null,
                "Rubio said Russian Foreign Minister Sergey Lavrov was ready. Senior U.S."
                    + " officials flew in. Crews at Quay 7 and the Old River Bridge were safe."),
            article(
                "c",
                "2025-02-18",
                null,
                "Residents of Saltmarsh waited. Lavrov and Rubio spoke in Riyadh on Tuesday."
                    + " Harbour Minister Corvina Halst visited the Port of Velmora."));
    FactSheet facts = new FactSheetWriter().write(story(null, articles), articles);
    assertThat(facts.who())
        .containsExactly(
            new FactSheet.Actor("Marco Rubio", "Secretary of State"),
            new FactSheet.Actor("Sergei Lavrov", "Foreign Minister"));
    assertThat(facts.where()).containsExactly("Riyadh", "Quay 7", "Old River Bridge");
  }

  @Test
  void seededRandomArticlesGiveBoundedSheets() {
    Random random = new Random(7);
    String[] words = {"Anna", "Berg", "in", "Oslo", "said", "Monday", "the", "Minister", "."};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      articles.add(article("r" + i, null, null, text.toString()));
    }
    FactSheet facts = new FactSheetWriter().write(story(null, articles), articles);
    assertThat(facts.who()).hasSizeLessThanOrEqualTo(FactSheetWriter.DEFAULT_WHO);
    assertThat(facts.where()).hasSizeLessThanOrEqualTo(FactSheetWriter.DEFAULT_WHERE);
    assertThat(facts.when().mentions()).hasSizeLessThanOrEqualTo(FactSheetWriter.DEFAULT_DAYS);
  }

  @Test
  void anEmptyStoryHasAnEmptySheet() {
    FactSheet facts = new FactSheetWriter().write(story(null, List.of()), List.of());
    assertThat(facts.who()).isEmpty();
    assertThat(facts.what()).isNull();
    assertThat(facts.where()).isEmpty();
    assertThat(facts.when()).isEqualTo(new FactSheet.When(List.of(), List.of(), null, null));
  }
}
