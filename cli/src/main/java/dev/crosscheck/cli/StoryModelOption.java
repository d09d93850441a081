package dev.crosscheck.cli;

import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.pipeline.Pipeline;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --story-model}: stories cut with the story cross-encoder for pairs that words leave
 * ambiguous ({@link LinkScorer#withStoryModel()}), for every command that clusters.
 */
final class StoryModelOption {
  @Option(
      names = "--story-model",
      description =
          "Weigh the story cross-encoder for pairs that words leave ambiguous: better stories on"
              + " the development sets, about 30 ms of CPU per pair read (off by default)")
  boolean enabled;

  /** The scorer of article pairs the option asks for (the model loads here when enabled). */
  LinkScorer scorer() {
    return enabled ? LinkScorer.withStoryModel() : new LinkScorer();
  }

  /** Prints how many pairs {@code scorer}'s story model read, when the option is on. */
  void printPairsRead(PrintWriter out, LinkScorer scorer) {
    if (enabled) {
      out.printf("story-model pairs read: %d%n", scorer.storyPairsScored());
    }
  }

  /** A pipeline clustering with {@link #scorer()}. */
  Pipeline pipeline() {
    return new Pipeline(scorer());
  }
}
