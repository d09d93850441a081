package dev.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files: folders checked up front, files written whole through a temporary sibling. */
final class Outputs {
  private Outputs() {}

  /** Creates {@code dir} if needed and checks it can be written, or throws a usage error. */
  static void prepareFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("output " + dir + " is a file, expected a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot create output folder " + dir + ": " + e.getMessage());
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UsageException("output folder " + dir + " is not a writable folder");
    }
  }

  /** Checks that {@code file} can be written: its folder exists (or is made) and is writable. */
  static void prepareFile(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new UsageException("output " + file + " is a folder, expected a file");
    }
    prepareFolder(parent);
  }

  /** Writes {@code text} as UTF-8 to {@code file}, atomically where the file system allows. */
  static void write(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
