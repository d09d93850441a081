package dev.crosscheck.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.RawDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluatorTest {
  /** A "extractor" that returns the raw page: finds everything, boilerplate too. */
  private static final TextExtractor RAW =
      new TextExtractor() {
        @Override
        public String name() {
          return "raw";
        }

        @Override
        public String extract(RawDocument page) {
          return page.content();
        }
      };

  private static Path set() throws URISyntaxException {
    return Path.of(ExtractionEvaluatorTest.class.getResource("set/evaldata.json").toURI())
        .getParent();
  }

  @Test
  void scoresOursAndABaselineSideBySide() throws Exception {
    ExtractionReport report =
        new ExtractionEvaluator(List.of(new OursExtractor(), RAW)).evaluate(set());

    assertThat(report.pages()).isEqualTo(3);
    assertThat(report.unreadable()).isEqualTo(1);
    assertThat(report.result("crosscheck").all()).isEqualTo(new Confusion(3, 0, 1, 4));
    assertThat(report.result("raw").all()).isEqualTo(new Confusion(3, 3, 1, 1));
    ExtractorResult ours = report.result("crosscheck");
    assertThat(ours.tuning().plus(ours.check())).isEqualTo(ours.all());
    assertThat(ours.pages()).isEqualTo(2);
    assertThat(report.metadata()).isEqualTo(new MetadataScore(1, 1, 1, 1, 1, 1));
    assertThat(report.format())
        .contains("3 pages", "1 unreadable", "crosscheck", "raw", "F1 check", "pages/s")
        .contains("title 1.000 (1/1)");
  }

  @Test
  void aThrowingExtractorCountsAsNoOutput() throws Exception {
    TextExtractor broken =
        new TextExtractor() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String extract(RawDocument page) {
            throw new IllegalStateException("boom");
          }
        };

    ExtractorResult r = new ExtractionEvaluator(List.of(broken)).evaluate(set()).result("broken");

    assertThat(r.failures()).isEqualTo(2);
    assertThat(r.all()).isEqualTo(new Confusion(0, 0, 4, 4));
  }

  @Test
  void aFolderWithoutAnnotationsIsAnError(@TempDir Path empty) {
    assertThatThrownBy(() -> new ExtractionEvaluator().evaluate(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("evaldata.json");
  }

  @Test
  void noExtractorsIsRejected() {
    assertThatThrownBy(() -> new ExtractionEvaluator(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extractors");
  }
}
