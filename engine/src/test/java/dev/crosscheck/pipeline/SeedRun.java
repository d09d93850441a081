package dev.crosscheck.pipeline;

import dev.crosscheck.model.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The main job's result on the five real articles in {@code ../shared/seeds}, computed once for
 * every test class that reads it (the seed tests of several stages read the same run).
 */
public final class SeedRun {
  /** The seeds folder, seen from the engine module. */
  public static final Path SEEDS = Path.of("../../shared/seeds");

  private static RunResult result;

  private SeedRun() {}

  /** The run on the seeds; skips the calling test when {@code ../shared} is not beside us. */
  public static synchronized RunResult result() {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project");
    if (result == null) {
      result = new Pipeline().run(List.of(SEEDS));
    }
    return result;
  }
}
