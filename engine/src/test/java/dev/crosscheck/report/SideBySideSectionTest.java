package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SideBySideSectionTest {

  private static final String SOURCE =
      "The council approved the new budget on Monday evening.\n\n"
          + "Taxes will rise by two percent next year.\n\n"
          + "The mayor did not attend the session at all.";

  private static final String DERIVED =
      "The council approved the new budget on Monday evening.\n\n"
          + "Taxes will rise by 2 percent from next year.\n\n"
          + "A new park will open near the station in June.\n\n"
          + "This decision underscores the importance of fiscal resilience.";

  private final HtmlReportWriter writer = new HtmlReportWriter();

  static ArticleResult result(String id, String language, String text) {
    Article a = new Article(id, id + ".txt", "Title " + id, null, null, null, null, language, text);
    return new ArticleResult(a, "s", Role.REWRITE, null, 0);
  }

  @Test
  void marksCopiedChangedAddedFillerAndDropped() {
    Document page =
        Jsoup.parse(writer.writeComparison(result("a", "en", SOURCE), result("b", "en", DERIVED)));
    List<String> rows = page.select("table.side tbody tr").eachAttr("class");

    assertThat(rows)
        .containsExactly("row-copied", "row-changed", "row-added", "row-filler", "row-dropped");
    Element changed = page.selectFirst("tr.row-changed");
    assertThat(changed.child(0).text())
        .isEqualTo("changed Taxes will rise by two percent next year.");
    assertThat(changed.child(1).text())
        .isEqualTo("changed Taxes will rise by 2 percent from next year.");
    assertThat(page.selectFirst("tr.row-dropped").child(1).hasClass("s-none")).isTrue();
    assertThat(page.selectFirst(".tally").text())
        .isEqualTo("5 rows: 1 copied, 1 changed, 1 added, 1 filler, 1 dropped");
    assertThat(page.selectFirst("section.compare").hasClass("open")).isTrue();
    assertThat(page.select(".note")).isEmpty();
  }

  @Test
  void differentLanguagesCarryANote() {
    Document page =
        Jsoup.parse(
            writer.writeComparison(result("a", "en", SOURCE), result("b", "de", "Der Rat tagte.")));

    assertThat(page.select(".note").text()).contains("different languages");
  }

  @Test
  void emptyTextsGiveAnEmptyTable() {
    Document page =
        Jsoup.parse(writer.writeComparison(result("a", "en", ""), result("b", "en", "")));

    assertThat(page.select("table.side tbody tr")).isEmpty();
    assertThat(page.selectFirst(".tally").text()).startsWith("0 rows");
  }

  @Test
  void seededRandomTextsShowEverySentenceOnce() {
    Random random = new Random(20250217L);
    String[] words = {"river", "bridge", "council", "closed", "rose", "metres", "mayor", "budget"};
    for (int round = 0; round < 20; round++) {
      List<String> left = sentences(random, words);
      List<String> right = new ArrayList<>(left.subList(0, random.nextInt(left.size() + 1)));
      right.addAll(sentences(random, words));
      Document page =
          Jsoup.parse(
              writer.writeComparison(
                  result("l", "en", String.join("\n\n", left)),
                  result("r", "en", String.join("\n\n", right))));

      assertThat(page.select("tbody td:eq(0) .text")).hasSize(left.size());
      assertThat(page.select("tbody td:eq(1) .text")).hasSize(right.size());
    }
  }

  @Test
  void hostileSentencesStayText() {
    String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> and \uD800 more text.";
    Document page =
        Jsoup.parse(writer.writeComparison(result("a", "en", hostile), result("b", "en", hostile)));

    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.selectFirst("tr.row-copied").text()).contains("<script>").contains("\uFFFD");
  }

  @Test
  void articlePageShowsTheOpenBody() {
    Document page = Jsoup.parse(writer.writeArticle(result("a", "en", SOURCE)));

    assertThat(page.title()).isEqualTo("Title a");
    assertThat(page.selectFirst("details.body").hasAttr("open")).isTrue();
    assertThat(page.select("details.body p")).hasSize(3);
  }

  @Test
  void styleHashMatchesTheEmbeddedStyle() throws Exception {
    Document page = Jsoup.parse(writer.writeArticle(result("a", "en", SOURCE)));
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                page.selectFirst("style").data().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(HtmlReportWriter.styleHashSource())
        .isEqualTo("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
  }

  private static List<String> sentences(Random random, String[] words) {
    List<String> out = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      StringBuilder s = new StringBuilder("Sentence " + random.nextInt(1000));
      for (int w = 0; w < 4 + random.nextInt(8); w++) {
        s.append(' ').append(words[random.nextInt(words.length)]);
      }
      out.add(s.append('.').toString());
    }
    return out;
  }
}
