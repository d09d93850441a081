package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void needsInputOrStore() {
    assertThat(run("serve", "--port", "0")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("--input").contains("--store");
  }

  @Test
  void refusesAShortToken() {
    assertThat(run("serve", "--port", "0", "--token", "short", "--input", "x"))
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().strip()).startsWith("crosscheck: token (5 characters)");
  }

  @Test
  void refusesABadPort() {
    assertThat(run("serve", "--port", "70000", "--input", "x")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("port (70000)");
  }
}
