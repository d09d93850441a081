package dev.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.RunResult;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.report.HtmlReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person sees in Chromium: the report opened from a file and the served UI, on the bundled
 * example. Set {@code -Ddocs.screenshots=true} to refresh the README's screenshots in docs/.
 */
@Tag("browser")
class BrowserTest {
  private static ChromeDriver browser;
  private static MemoryBackend backend;
  private static CrosscheckServer server;

  @TempDir static Path folder;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    backend = MemoryBackend.of(new Pipeline(), List.of(TestServers.EXAMPLE));
    server = CrosscheckServer.start(backend, ServerOptions.of(0, TestServers.TOKEN));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void reportFromAFileLeadsFromStoryToCitationToSideBySide() throws IOException {
    Path report = folder.resolve("report.html");
    RunResult result = backend.result();
    Files.writeString(report, new HtmlReportWriter().write(result));
    browser.get(report.toUri().toString());

    assertThat(browser.getTitle()).isEqualTo("Crosscheck report");
    browser.findElement(By.cssSelector("nav .toc a")).click();
    assertThat(browser.getCurrentUrl()).contains("#story-");
    WebElement story = browser.findElement(By.cssSelector("section.story"));
    Path storyShot = Browser.screenshot(browser, "report-story");

    WebElement cite = story.findElement(By.cssSelector("ol.brief a.cite"));
    String target = cite.getAttribute("href").replaceAll(".*#", "");
    cite.click();
    assertThat(browser.findElement(By.id(target)).isDisplayed()).isTrue();

    assertSideBySide(story);
    Path compareShot = Browser.screenshot(browser, "report-side-by-side");
    assertThat(Browser.alertShown(browser)).isFalse();
    publish(storyShot, "report-story.png");
    publish(compareShot, "report-side-by-side.png");
  }

  @Test
  void servedUiLeadsFromListToStoryToCitationToSideBySide() throws IOException {
    browser.get(TestServers.uri(server, "/").toString());

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stories");
    // The style sheet is allowed by the policy's hash: the page is laid out as designed.
    assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isEqualTo("992px");
    browser.findElement(By.cssSelector(".story-list a")).click();
    assertThat(browser.getCurrentUrl()).contains("/stories/");
    WebElement story = browser.findElement(By.cssSelector("section.story"));
    assertThat(story.findElement(By.tagName("h2")).getText()).contains("Velmora");

    WebElement cite = story.findElement(By.cssSelector("ol.brief a.cite"));
    cite.click();
    String target = browser.getCurrentUrl().replaceAll(".*#", "");
    assertThat(browser.findElement(By.id(target)).getText()).contains("Id");

    assertSideBySide(story);
    Browser.screenshot(browser, "served-side-by-side");

    browser.get(TestServers.uri(server, "/articles/copy-edited").toString());
    browser.findElement(By.cssSelector("a.compare-link")).click();
    assertThat(browser.getCurrentUrl()).contains("/compare?source=");
    assertThat(browser.findElement(By.cssSelector("section.compare")).isDisplayed()).isTrue();
    assertThat(Browser.alertShown(browser)).isFalse();
  }

  @Test
  void hostileUploadsExecuteNothingInTheUiOrTheReport() throws Exception {
    String hostile =
        "[{\"id\":\"x<img src=x onerror=alert(1)>\",\"title\":\"<script>alert(2)</script>\","
            + "\"url\":\"javascript:alert(3)\",\"source\":\"<b onmouseover=alert(4)>\","
            + "\"language\":\"en\\\" onmouseover=\\\"alert(5)\","
            + "\"text\":\"A barge <img src=x onerror=alert(6)> exploded \\ud800 at the Port of"
            + " Velmora on Monday night. <script>alert(7)</script> Officials said 14 people"
            + " were hurt. <a href=\\\"javascript:alert(8)\\\">click</a>\"}]";
    var response = TestServers.post(server, TestServers.TOKEN, hostile);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"added\":1");

    Path report = folder.resolve("hostile-report.html");
    Files.writeString(report, new HtmlReportWriter().write(backend.result()));
    String id = "x<img src=x onerror=alert(1)>";
    String story =
        backend.result().articles().stream()
            .filter(a -> a.article().id().equals(id))
            .findFirst()
            .orElseThrow()
            .story();
    for (String address :
        List.of(
            report.toUri().toString(),
            TestServers.uri(server, "/").toString(),
            TestServers.uri(server, "/report").toString(),
            TestServers.uri(server, "/stories/" + Pages.segment(story)).toString(),
            TestServers.uri(server, "/articles/" + Pages.segment(id)).toString())) {
      browser.get(address);
      assertThat(Browser.alertShown(browser)).as(address).isFalse();
      assertThat(browser.findElements(By.cssSelector("script, img, iframe, object, embed, b")))
          .as(address)
          .isEmpty();
      assertThat(browser.findElements(By.cssSelector("a[href^='javascript' i]"))).isEmpty();
      assertThat(browser.findElements(By.cssSelector("[onmouseover], [onerror]"))).isEmpty();
      for (WebElement details : browser.findElements(By.cssSelector("details"))) {
        if (details.isDisplayed()) {
          details.findElement(By.tagName("summary")).click();
        }
      }
      assertThat(Browser.alertShown(browser)).as(address).isFalse();
    }
    browser.get(TestServers.uri(server, "/articles/" + Pages.segment(id)).toString());
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("<script>alert(2)</script>")
        .contains("<img src=x onerror=alert(6)>")
        .contains("javascript:alert(3)");
    Browser.screenshot(browser, "hostile-article");
  }

  /**
   * Follows the "side by side" link of the padded article of the example (whose view shows every
   * kind of mark) and checks what the two columns show.
   */
  private static void assertSideBySide(WebElement story) {
    WebElement link =
        story.findElement(By.cssSelector("a.compare-link[href$='#compare-padded-seo']"));
    String target = link.getAttribute("href").replaceAll(".*#", "");
    WebElement section = story.findElement(By.id(target));
    assertThat(section.isDisplayed()).isFalse();
    link.click();
    assertThat(section.isDisplayed()).isTrue();
    assertThat(section.findElement(By.tagName("h4")).getText()).startsWith("Side by side:");
    List<WebElement> rows = section.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(section.findElements(By.cssSelector("tr.row-filler"))).isNotEmpty();
    assertThat(section.findElements(By.cssSelector("tr.row-copied, tr.row-changed"))).isNotEmpty();
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells).hasSize(2);
      String mark = row.getAttribute("class").replace("row-", "");
      assertThat(mark).isIn("copied", "changed", "added", "filler", "dropped");
      String shown = cells.get(0).getText() + " " + cells.get(1).getText();
      assertThat(shown.toLowerCase(Locale.ROOT)).contains(mark);
    }
  }

  /** Copies a screenshot to the repository's docs/ when asked to. */
  private static void publish(Path shot, String name) throws IOException {
    if (Boolean.getBoolean("docs.screenshots")) {
      Path docs = Path.of("../docs");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
