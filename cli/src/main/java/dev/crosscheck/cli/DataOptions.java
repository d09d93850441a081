package dev.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every evaluation shares: the development data set to read. */
final class DataOptions {
  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The data set's folder (see ../shared/data/README.md)")
  Path data;

  /** The data folder, checked to exist (a usage error otherwise). */
  Path folder() {
    if (!Files.isDirectory(data)) {
      throw new UsageException("no such folder: " + data);
    }
    return data;
  }
}
