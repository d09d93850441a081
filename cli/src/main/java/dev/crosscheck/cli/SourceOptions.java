package dev.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a command's articles come from when a store may stand in for the inputs ({@code run},
 * {@code serve}): inputs, a store, or both (the inputs are added to the store first).
 */
final class SourceOptions {
  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders (walked recursively): "
              + InputOptions.FORMATS
              + "; required unless --store is given")
  List<Path> inputs;

  @Option(
      names = "--store",
      paramLabel = "LOCATION",
      description =
          StoreOption.DESCRIPTION
              + ". The inputs are added to it first; results cover everything it holds")
  String store;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Checks that inputs or a store were given, or throws a usage error. */
  void check() {
    if (inputs == null && store == null) {
      throw new UsageException("Missing required option: '--input=PATH' (or --store)");
    }
  }

  /** The inputs, empty when none were given. */
  List<Path> inputsOrEmpty() {
    return inputs == null ? List.of() : inputs;
  }
}
