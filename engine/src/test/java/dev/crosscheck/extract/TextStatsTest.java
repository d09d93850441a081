package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class TextStatsTest {
  private static final String SENTENCE = "The minister said the talks would resume next week. ";

  @Test
  void countsTextLinksAndProse() {
    Document doc =
        Jsoup.parse(
            "<div id=a><p>"
                + SENTENCE
                + "</p><p><a href=/x>Read more about it</a></p><p>Hi</p></div>");
    TextStats stats = TextStats.of(doc.body());
    Element a = doc.getElementById("a");

    assertThat(stats.linkText(a)).isEqualTo("Readmoreaboutit".length());
    assertThat(stats.prose(a)).isEqualTo(SENTENCE.replace(" ", "").length());
    assertThat(stats.text(a)).isEqualTo(stats.prose(a) + stats.linkText(a) + 2);
  }

  @Test
  void emptyBodyCountsNothing() {
    Document doc = Jsoup.parse("");
    TextStats stats = TextStats.of(doc.body());

    assertThat(stats.text(doc.body())).isZero();
    assertThat(stats.prose(doc.body())).isZero();
  }

  /** Discounting removed elements while pruning gives the counts of a fresh count afterwards. */
  @Test
  void discountedCountsEqualRecountOnSeededRandomPages() {
    for (int seed = 0; seed < 30; seed++) {
      Random random = new Random(seed);
      Document doc = Jsoup.parse(randomPage(random));
      Element body = doc.body();
      TextStats stats = TextStats.of(body);
      List<Element> removed = new ArrayList<>();
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof Element el && el != body && random.nextInt(5) == 0) {
                removed.add(el);
                stats.discount(el);
                return FilterResult.SKIP_ENTIRELY;
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element el) {
                stats.settle(el);
              }
              return FilterResult.CONTINUE;
            }
          },
          body);
      removed.forEach(Element::remove);
      TextStats fresh = TextStats.of(body);

      for (Element el : body.getAllElements()) {
        assertThat(stats.text(el)).as("seed %d text", seed).isEqualTo(fresh.text(el));
        assertThat(stats.linkText(el)).as("seed %d links", seed).isEqualTo(fresh.linkText(el));
        assertThat(stats.prose(el)).as("seed %d prose", seed).isEqualTo(fresh.prose(el));
      }
    }
  }

  private static String randomPage(Random random) {
    StringBuilder html = new StringBuilder();
    int open = 0;
    for (int i = 0; i < 200; i++) {
      switch (random.nextInt(5)) {
        case 0 -> {
          html.append("<div>");
          open++;
        }
        case 1 -> {
          if (open > 0) {
            html.append("</div>");
            open--;
          }
        }
        case 2 -> html.append("<a href=/l>link ").append(i).append("</a>");
        case 3 -> html.append("<p>").append(SENTENCE).append("</p>");
        default -> html.append("short ").append(i);
      }
    }
    return html.toString();
  }
}
