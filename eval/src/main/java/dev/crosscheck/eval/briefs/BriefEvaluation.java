package dev.crosscheck.eval.briefs;

import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Story;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores the briefs of a story data set's gold stories against its reference summaries, beside a
 * lead baseline in the same run. Each gold story is summarized on its own (clustering is measured
 * elsewhere), so the figures speak of the brief alone.
 */
public final class BriefEvaluation {
  /** Sentences of the lead baseline: the first sentence of each article, in order, up to this. */
  public static final int LEAD_SENTENCES = 3;

  private final Pipeline pipeline;
  private final Rouge rouge = new Rouge();
  private final SentenceSplitter splitter = new SentenceSplitter();

  public BriefEvaluation() {
    this(new Pipeline());
  }

  public BriefEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Mean ROUGE F1 of one system over the stories. */
  public record SystemScores(String system, double rouge1, double rouge2, double rougeL) {}

  /** The result: one row per system, and how many stories were scored. */
  public record Report(String dataSet, int stories, List<SystemScores> systems) {
    /** The table a person reads. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "briefs on %s: %d stories%n", dataSet, stories));
      out.append(
          String.format(
              Locale.ROOT, "%-10s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L"));
      for (SystemScores s : systems) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-10s %8.4f %8.4f %8.4f%n",
                s.system(),
                s.rouge1(),
                s.rouge2(),
                s.rougeL()));
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
    for (Map.Entry<String, List<Article>> e : data.byStory().entrySet()) {
      String reference = data.summaries().get(e.getKey());
      if (reference == null || reference.isBlank()) {
        continue;
      }
      Story story = pipeline.summarize(e.getKey(), e.getValue()).stories().get(0);
      String brief =
          story.brief().stream().map(BriefSentence::text).collect(Collectors.joining(" "));
      ours.add(rouge.score(brief, reference));
      lead.add(rouge.score(lead(e.getValue()), reference));
    }
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    return new Report(name, ours.size(), List.of(mean("crosscheck", ours), mean("lead", lead)));
  }

  /** The lead baseline: the first sentence of each article, in order. */
  String lead(List<Article> articles) {
    List<String> sentences = new ArrayList<>();
    for (Article a : articles) {
      for (String paragraph : a.paragraphs()) {
        List<String> split = splitter.split(paragraph);
        if (!split.isEmpty()) {
          sentences.add(split.get(0));
          break;
        }
      }
      if (sentences.size() == LEAD_SENTENCES) {
        break;
      }
    }
    return String.join(" ", sentences);
  }

  private static SystemScores mean(String system, List<Rouge.Scores> scores) {
    return new SystemScores(
        system,
        scores.stream().mapToDouble(Rouge.Scores::rouge1).average().orElse(0),
        scores.stream().mapToDouble(Rouge.Scores::rouge2).average().orElse(0),
        scores.stream().mapToDouble(Rouge.Scores::rougeL).average().orElse(0));
  }
}
