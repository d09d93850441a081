package dev.crosscheck.eval.briefs;

import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Story;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.text.SentenceSplitter;
import dev.crosscheck.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores the briefs of a story data set's gold stories against its reference summaries, beside a
 * lead baseline in the same run. Each gold story is summarized on its own (clustering is measured
 * elsewhere), so the figures speak of the brief alone. The lead baseline gets the same number of
 * sentences as the brief of each story: the first sentence of every article in turn, then the
 * second ones, and so on (the multi-document lead). A second row, {@code lead-words}, cuts that
 * lead at the brief's length in words, so the two are compared at one word budget too. Each
 * system's mean length in words is printed beside its scores.
 */
public final class BriefEvaluation {
  private final Pipeline pipeline;
  private final Rouge rouge = new Rouge();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();

  public BriefEvaluation() {
    this(new Pipeline());
  }

  public BriefEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Mean ROUGE F1 of one system over the stories, and its mean summary length in words. */
  public record SystemScores(
      String system, double rouge1, double rouge2, double rougeL, double words) {}

  /** The result: one row per system, and how many stories were scored. */
  public record Report(String dataSet, int stories, List<SystemScores> systems) {
    /** The table a person reads. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "briefs on %s: %d stories%n", dataSet, stories));
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s %8s %8s %8s %6s%n",
              "system",
              "ROUGE-1",
              "ROUGE-2",
              "ROUGE-L",
              "words"));
      for (SystemScores s : systems) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-10s %8.4f %8.4f %8.4f %6.1f%n",
                s.system(),
                s.rouge1(),
                s.rouge2(),
                s.rougeL(),
                s.words()));
      }
      return out.toString();
    }
  }

  /** Evaluates the set in {@code dir}; stories without a reference summary are skipped. */
  public Report evaluate(Path dir) {
    StoryDataSet data = StoryDataSet.read(dir);
    if (data.summaries().isEmpty()) {
      throw new IllegalArgumentException("no summaries.jsonl in " + dir);
    }
    List<Rouge.Scores> ours = new ArrayList<>();
    List<Rouge.Scores> lead = new ArrayList<>();
    List<Rouge.Scores> leadWords = new ArrayList<>();
    double[] words = new double[3];
    for (Map.Entry<String, List<Article>> e : data.byStory().entrySet()) {
      String reference = data.summaries().get(e.getKey());
      if (reference == null || reference.isBlank()) {
        continue;
      }
      Story story = pipeline.summarize(e.getKey(), e.getValue()).stories().get(0);
      String brief =
          story.brief().stream().map(BriefSentence::text).collect(Collectors.joining(" "));
      String baseline = lead(e.getValue(), story.brief().size());
      String cut = firstWords(baseline, brief.isBlank() ? 0 : brief.strip().split("\\s+").length);
      ours.add(rouge.score(brief, reference));
      lead.add(rouge.score(baseline, reference));
      leadWords.add(rouge.score(cut, reference));
      words[0] += tokenizer.tokenize(brief).size();
      words[1] += tokenizer.tokenize(baseline).size();
      words[2] += tokenizer.tokenize(cut).size();
    }
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    int n = Math.max(1, ours.size());
    return new Report(
        name,
        ours.size(),
        List.of(
            mean("crosscheck", ours, words[0] / n),
            mean("lead", lead, words[1] / n),
            mean("lead-words", leadWords, words[2] / n)));
  }

  /**
   * The lead baseline of {@code sentences} sentences: each article's first sentence in turn (in the
   * order given), then each one's second, and so on.
   */
  String lead(List<Article> articles, int sentences) {
    List<List<String>> bodies = new ArrayList<>();
    for (Article a : articles) {
      List<String> split = new ArrayList<>();
      a.paragraphs().forEach(p -> split.addAll(splitter.split(p)));
      bodies.add(split);
    }
    List<String> lead = new ArrayList<>();
    for (int position = 0; lead.size() < sentences; position++) {
      boolean any = false;
      for (List<String> body : bodies) {
        if (position < body.size() && lead.size() < sentences) {
          lead.add(body.get(position));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return String.join(" ", lead);
  }

  /** The first {@code n} whitespace-separated words of {@code text}. */
  static String firstWords(String text, int n) {
    String[] words = text.isBlank() ? new String[0] : text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(n, words.length)));
  }

  private static SystemScores mean(String system, List<Rouge.Scores> scores, double words) {
    return new SystemScores(
        system,
        scores.stream().mapToDouble(Rouge.Scores::rouge1).average().orElse(0),
        scores.stream().mapToDouble(Rouge.Scores::rouge2).average().orElse(0),
        scores.stream().mapToDouble(Rouge.Scores::rougeL).average().orElse(0),
        words);
  }
}
