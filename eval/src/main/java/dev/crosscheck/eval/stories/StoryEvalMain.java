package dev.crosscheck.eval.stories;

import dev.crosscheck.cluster.IncrementalClusterer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints the evaluation of the default clusterer on a data set (the CLI's core, for scripts). */
final class StoryEvalMain {
  private StoryEvalMain() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    StoryEvaluation e =
        new StoryEvaluator()
            .evaluate(
                dir.getFileName().toString(),
                StoryDataset.read(dir),
                new IncrementalClusterer(LocalDate.now()));
    System.out.print(e.format());
  }
}
