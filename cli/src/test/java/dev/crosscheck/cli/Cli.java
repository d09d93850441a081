package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Test helper: runs {@link Main#execute} with captured streams and reads JSON outputs. */
final class Cli {
  static final ObjectMapper JSON = new ObjectMapper();

  private Cli() {}

  /** The outcome of one command line: its exit code and what it printed. */
  record Result(int exit, String out, String err) {
    /** The non-empty lines printed on stderr. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  static Result execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      exit = Main.execute(args, o, e);
    }
    return new Result(exit, out.toString(), err.toString());
  }

  /** The text of a fixture under {@code src/test/resources/dev/crosscheck/cli/}. */
  static String fixture(String name) {
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a fixture into {@code dir} under {@code fileName} and returns its path. */
  static Path copyFixture(String name, Path dir, String fileName) throws IOException {
    return Files.writeString(dir.resolve(fileName), fixture(name), StandardCharsets.UTF_8);
  }

  /**
   * The command line that runs {@link Main} in a child JVM on the test class path, with {@code
   * jvmOptions} before the class path; the caller adds the command's arguments.
   */
  static List<String> childMain(String... jvmOptions) {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", classpath, Main.class.getName()));
    return command;
  }

  static JsonNode readJson(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  static List<JsonNode> readJsonLines(Path file) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  /** The field names of an object, in order. */
  static Set<String> fields(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  static String[] args(Object... parts) {
    return java.util.Arrays.stream(parts).map(String::valueOf).toArray(String[]::new);
  }
}
