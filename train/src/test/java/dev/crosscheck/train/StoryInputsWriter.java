package dev.crosscheck.train;

import dev.crosscheck.cluster.EmbeddingSignal;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.eval.stories.StorySplitter;
import dev.crosscheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the inputs file {@link StoryPairs#read} reads: every article of a story set with its part
 * in {@code eval stories --parts N}'s deal ({@link StorySplitter}), its gold story and the text the
 * product embeds ({@link EmbeddingSignal#input}). Test scope because it needs the engine and the
 * eval module; run it from the test class path.
 *
 * <pre>
 * java -cp ... dev.crosscheck.train.StoryInputsWriter --data DIR --parts N --out FILE
 * </pre>
 */
public final class StoryInputsWriter {
  private StoryInputsWriter() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = null;
    int parts = 8;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--parts" -> parts = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null || out == null) {
      throw new IllegalArgumentException("--data DIR and --out FILE are required");
    }
    Files.writeString(out, lines(StoryDataSet.read(data), parts), StandardCharsets.UTF_8);
  }

  /** The file's text: {@code part<TAB>story<TAB>id<TAB>text} per article, part by part. */
  static String lines(StoryDataSet data, int parts) {
    StringBuilder text = new StringBuilder();
    List<StoryDataSet> split = StorySplitter.split(data, parts);
    for (int p = 0; p < split.size(); p++) {
      StoryDataSet part = split.get(p);
      for (Article a : part.articles()) {
        String input = EmbeddingSignal.input(a).replace('\t', ' ');
        text.append(p)
            .append('\t')
            .append(part.gold().get(a.id()))
            .append('\t')
            .append(a.id())
            .append('\t')
            .append(input)
            .append('\n');
      }
    }
    return text.toString();
  }
}
