package dev.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.HtmlReportWriter;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures the report of a 1,000-article run: its size, and how long Chromium takes to load it
 * (navigation timing). The articles are the AllSides development set (../shared) plus padded copies
 * of some of them, so that the report has lineage and side-by-side views. Prints figures; asserts
 * no wall-clock value. Run with {@code mvn -o -pl engine,server test -Dtest=LargeReportBench
 * -Dgroups=slow -DexcludedGroups=none}.
 */
@Tag("slow")
@Tag("shared")
class LargeReportBench {
  static final Path SET = Path.of("../../shared/data/stories/allsides-val/articles.jsonl");
  static final int ARTICLES = 1_000;

  @TempDir Path folder;

  @Test
  void reportOfAThousandArticles() throws Exception {
    List<Article> articles = articles();
    assertThat(articles).hasSize(ARTICLES);
    long start = System.nanoTime();
    RunResult result = new Pipeline().process(articles, List.of());
    long pipelineMs = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    String html = new HtmlReportWriter().write(result);
    long writeMs = (System.nanoTime() - start) / 1_000_000;
    Path report = folder.resolve("report.html");
    Files.writeString(report, html);
    long bytes = Files.size(report);
    int views = html.split("class=\"compare\"", -1).length - 1;

    ChromeDriver browser = Browser.start();
    try {
      List<Double> loads = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        browser.get("about:blank");
        browser.get(report.toUri().toString());
        loads.add(loadEventEnd(browser));
      }
      System.out.printf(
          java.util.Locale.ROOT,
          "LargeReportBench: %d articles, %d stories, %d side-by-side views; pipeline %d ms,"
              + " report written in %d ms; report.html %.2f MB; Chromium load (navigation"
              + " loadEventEnd) %s ms%n",
          result.articles().size(),
          result.stories().size(),
          views,
          pipelineMs,
          writeMs,
          bytes / 1e6,
          loads);
    } finally {
      browser.quit();
    }
  }

  /** The page's load time from navigation timing, waiting until the load event has ended. */
  private static double loadEventEnd(ChromeDriver browser) throws InterruptedException {
    for (int tries = 0; tries < 200; tries++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> timing =
          (Map<String, Object>)
              browser.executeScript(
                  "return performance.getEntriesByType('navigation')[0].toJSON();");
      double end = ((Number) timing.get("loadEventEnd")).doubleValue();
      if (end > 0) {
        return Math.round(end);
      }
      Thread.sleep(50);
    }
    return Double.NaN;
  }

  /** The development set's articles, then padded copies of the first ones up to 1,000. */
  private static List<Article> articles() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(SET)) {
      String line;
      while ((line = in.readLine()) != null && out.size() < ARTICLES) {
        JsonNode n = json.readTree(line);
        out.add(
            new Article(
                n.get("id").asText(),
                SET + ":" + (out.size() + 1),
                n.path("title").asText(null),
                null,
                null,
                null,
                null,
                "en",
                n.path("text").asText("")));
      }
    }
    int originals = out.size();
    for (int i = 0; out.size() < ARTICLES; i++) {
      Article a = out.get(i % originals);
      String padded =
          "In a shocking turn of events, the story has gripped the nation.\n\n"
              + a.text()
              + "\n\nThis development underscores the importance of what comes next."
              + " Only time will tell.";
      out.add(
          new Article("padded-" + i, "generated", a.title(), null, null, null, null, "en", padded));
    }
    return out;
  }
}
