package dev.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every batch command shares: the inputs, and whether to print stack traces. */
final class InputOptions {
  /** The accepted input formats, as the help lists them. */
  static final String FORMATS =
      ".txt, .html, .htm, .jsonl, RSS/Atom (.xml, .rss, .atom), WARC (.warc); each also .gz";

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders (walked recursively): " + InputOptions.FORMATS)
  List<Path> inputs;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;
}
