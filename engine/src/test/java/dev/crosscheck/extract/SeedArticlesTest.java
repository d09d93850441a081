package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.RawDocument.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Extraction of the plain-text seed articles in ../shared/seeds (not copied into the repo). */
@Tag("shared")
class SeedArticlesTest {
  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void seedsStartingWithABodySentenceHaveNoTitle() throws IOException {
    assertThat(seed("000").title()).isNull();
    assertThat(seed("001").title()).isNull();
  }

  @Test
  void seed002DropsTheReplyPromptButKeepsFillerAndHeadings() throws IOException {
    Article article = seed("002");
    assertThat(article.title()).isNull();
    assertThat(article.text()).doesNotContain("Leave a Reply");
    assertThat(article.paragraphs()).contains("Key Takeaways");
    assertThat(article.text()).contains("Stay tuned for further updates");
  }

  @Test
  void seed003DropsSectionLabelsAndFooterChrome() throws IOException {
    Article article = seed("003");
    assertThat(article.title())
        .isEqualTo("Russia and the US Confirm Ukraine Talks in Saudi Arabia");
    assertThat(article.text())
        .doesNotContain("Live Tv")
        .doesNotContain("Newsletter")
        .doesNotContain("Leave A Comment")
        .doesNotContain("Subscribe to our newsletter")
        .startsWith("The United States and Russia have announced");
  }

  @Test
  void seed004TakesTitleAndBylineOffTheTop() throws IOException {
    Article article = seed("004");
    assertThat(article.title())
        .isEqualTo("Top US and Russian Officials to Meet in Riyadh Over Ukraine Peace Talks");
    assertThat(article.byline()).isEqualTo("drbyos");
    assertThat(article.paragraphs()).contains("Background of the Talks");
    assertThat(article.text())
        .startsWith("US and Russia Set for Crucial Talks")
        .doesNotContain("by drbyos")
        .doesNotContain("Related Posts")
        .doesNotContain("Leave a Comment");
  }

  private Article seed(String prefix) throws IOException {
    Path dir = Files.isDirectory(SEEDS) ? SEEDS : Path.of("..", "shared", "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      return extractor.extract(
          new RawDocument(id, file.toString(), Format.TEXT, Files.readString(file), null));
    }
  }
}
