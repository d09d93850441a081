package dev.crosscheck.bench;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.DocumentFrequencies;
import dev.crosscheck.similarity.PairComparer;
import dev.crosscheck.similarity.Profiler;
import dev.crosscheck.similarity.SentenceAligner;
import dev.crosscheck.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Microseconds per operation, on one thread, for the per-story comparison path on news-length
 * articles (4 KB, about 36 sentences, from {@link NewsTexts}): {@code alignRewrite} aligns an
 * article with an edited copy of it (a fifth of its sentences replaced, a third lightly edited),
 * {@code alignUnrelated} two articles of different events (same vocabulary, so many sentence pairs
 * share words), and {@code story} builds the {@link ComparisonTable} of a story of {@link
 * #STORY_COPIES} edited copies (15 pairs). Run: {@code java -jar bench/target/benchmarks.jar
 * AlignmentBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlignmentBenchmark {
  /** Article pairs aligned per invocation. */
  static final int PAIRS = 10;

  /** Articles in the benchmarked story. */
  static final int STORY_COPIES = 6;

  private final SentenceAligner aligner = new SentenceAligner();
  private final PairComparer comparer = new PairComparer();
  private final List<ArticleProfile[]> rewrites = new ArrayList<>();
  private final List<ArticleProfile[]> unrelated = new ArrayList<>();
  private List<ArticleProfile> story;
  private DocumentFrequencies frequencies;

  @Setup(Level.Trial)
  public void setUp() {
    TextAnalyzer analyzer = new TextAnalyzer();
    Profiler profiler = new Profiler();
    Random random = new Random(42);
    List<String> texts = NewsTexts.generate(2 * PAIRS + 1, 42);
    List<ArticleProfile> profiles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String edited = edit(texts.get(i), texts.get((i + 1) % texts.size()), random);
      profiles.add(profile(analyzer, profiler, "a" + i, texts.get(i)));
      profiles.add(profile(analyzer, profiler, "b" + i, edited));
    }
    for (int p = 0; p < PAIRS; p++) {
      rewrites.add(new ArticleProfile[] {profiles.get(2 * p), profiles.get(2 * p + 1)});
      unrelated.add(new ArticleProfile[] {profiles.get(2 * p), profiles.get(2 * p + 2)});
    }
    story = new ArrayList<>();
    for (int c = 0; c < STORY_COPIES; c++) {
      String text = c == 0 ? texts.get(0) : edit(texts.get(0), texts.get(c), random);
      story.add(profile(analyzer, profiler, "s" + c, text));
    }
    frequencies = DocumentFrequencies.of(story);
  }

  private static ArticleProfile profile(
      TextAnalyzer analyzer, Profiler profiler, String id, String text) {
    Article article = new Article(id, id + ".txt", null, null, null, null, null, "en", text);
    return profiler.profile(analyzer.analyze(article));
  }

  /**
   * {@code text} edited as a rewrite: each sentence kept, replaced by a sentence of {@code other}
   * (one in five) or lightly edited (one in three: a word dropped and one changed).
   */
  static String edit(String text, String other, Random random) {
    String[] sentences = text.split("(?<=\\.) ");
    String[] others = other.split("(?<=\\.) ");
    StringBuilder edited = new StringBuilder();
    for (String sentence : sentences) {
      int choice = random.nextInt(15);
      if (choice < 3) {
        edited.append(others[random.nextInt(others.length)]);
      } else if (choice < 8) {
        String[] words = sentence.split(" ");
        List<String> kept = new ArrayList<>(List.of(words));
        if (kept.size() > 3) {
          kept.remove(1 + random.nextInt(kept.size() - 2));
          kept.set(1 + random.nextInt(kept.size() - 2), "reportedly");
        }
        edited.append(String.join(" ", kept));
      } else {
        edited.append(sentence);
      }
      edited.append(' ');
    }
    return edited.toString().strip();
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int alignRewrite() {
    int pairs = 0;
    for (ArticleProfile[] p : rewrites) {
      pairs += aligner.align(p[0], p[1]).pairs().size();
    }
    return pairs;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int alignUnrelated() {
    int pairs = 0;
    for (ArticleProfile[] p : unrelated) {
      pairs += aligner.align(p[0], p[1]).pairs().size();
    }
    return pairs;
  }

  @Benchmark
  public ComparisonTable story() {
    return ComparisonTable.of(story, comparer, frequencies::idf);
  }
}
