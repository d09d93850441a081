package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheTableForATinySet() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a.html.gz")))) {
      out.write(
          ("<html><body><nav><a href=/>Home</a></nav><article><p>The council approved the"
                  + " budget on Tuesday after a long debate.</p></article></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("evaldata.json"),
        "{\"https://a.example/\": {\"file\": \"a.html\", \"with\": [\"approved the budget\"],"
            + " \"without\": [\"Home\"]}}");

    Cli.Result r = Cli.execute("eval", "extraction", "--data", dir.toString(), "--ours-only");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("1 pages", "crosscheck", "1.000");
  }

  @Test
  void aFolderWithoutAnnotationsIsAUsageError() {
    Cli.Result r = Cli.execute("eval", "extraction", "--data", dir.toString());

    assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("evaldata.json").doesNotContain("Exception");
  }
}
