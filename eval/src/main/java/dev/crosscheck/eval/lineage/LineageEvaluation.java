package dev.crosscheck.eval.lineage;

import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import dev.crosscheck.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates lineage, conflicts and filler on a corpus generated from a story data set: in each gold
 * story the longest article is the source, {@link DerivationGenerator} derives one article per
 * {@link Transformation} from it, and the story's other articles stay as independent reports. Each
 * story is run on its own (clustering is measured elsewhere).
 */
public final class LineageEvaluation {
  /** The seed of the generator; the corpus is the same in every run. */
  public static final long DEFAULT_SEED = 20250217L;

  private final Pipeline pipeline;
  private final DerivationGenerator generator = new DerivationGenerator();

  public LineageEvaluation() {
    this(new Pipeline());
  }

  public LineageEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Evaluates on the set in {@code dir} with the default seed. */
  public LineageReport evaluate(Path dir) {
    return evaluate(dir, DEFAULT_SEED);
  }

  /** Evaluates on the set in {@code dir}, generating with {@code seed}. */
  public LineageReport evaluate(Path dir, long seed) {
    StoryDataSet data = StoryDataSet.read(dir);
    LineageReport.Builder report = new LineageReport.Builder();
    long storySeed = seed;
    for (Map.Entry<String, List<Article>> e : data.byStory().entrySet()) {
      List<Article> reports = e.getValue();
      Article source =
          reports.stream()
              .max(
                  Comparator.comparingInt((Article a) -> a.text().length())
                      .thenComparing(Article::id, Comparator.reverseOrder()))
              .orElseThrow();
      List<DerivedArticle> derived = generator.derive(source, storySeed++);
      List<Article> articles = new ArrayList<>(reports);
      derived.forEach(d -> articles.add(d.article()));
      RunResult result = pipeline.summarize(e.getKey(), articles);
      score(source, reports, derived, result, report);
    }
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    return report.build(name);
  }

  private static void score(
      Article source,
      List<Article> reports,
      List<DerivedArticle> derived,
      RunResult result,
      LineageReport.Builder report) {
    Map<String, ArticleResult> byId = new HashMap<>();
    result.articles().forEach(a -> byId.put(a.article().id(), a));
    Story story = result.stories().get(0);
    Map<String, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < story.origins().size(); g++) {
      for (String id : story.origins().get(g)) {
        groupOf.put(id, g);
      }
    }
    report.source(byId.get(source.id()).role() == Role.ORIGINAL);
    for (Article other : reports) {
      if (!other.id().equals(source.id())) {
        boolean separate = !groupOf.get(other.id()).equals(groupOf.get(source.id()));
        report.independent(separate);
      }
    }
    int sourceFiller = byId.get(source.id()).fillerSentences();
    report.fillerInUnpadded(sourceFiller);
    Set<String> generated = new HashSet<>();
    derived.forEach(d -> generated.add(d.article().id()));
    for (DerivedArticle d : derived) {
      ArticleResult r = byId.get(d.article().id());
      report.derived(
          d.transformation(),
          d.transformation().accepted().contains(r.role()),
          source.id().equals(r.derivedFrom()));
      int extra = Math.max(0, r.fillerSentences() - sourceFiller);
      report.filler(d.transformation(), Math.min(extra, d.fillerAdded()), d.fillerAdded(), extra);
      if (d.transformation() != Transformation.PADDING) {
        report.fillerInUnpadded(r.fillerSentences());
      }
    }
    scoreConflicts(story, derived, generated, report);
  }

  private static void scoreConflicts(
      Story story,
      List<DerivedArticle> derived,
      Set<String> generated,
      LineageReport.Builder report) {
    Map<String, Set<String>> changedBy = new HashMap<>();
    Map<String, Transformation> transformationOf = new HashMap<>();
    for (DerivedArticle d : derived) {
      changedBy.put(d.article().id(), new HashSet<>(d.changedSentences()));
      transformationOf.put(d.article().id(), d.transformation());
      report.injected(d.transformation(), d.changedSentences().size());
    }
    Set<String> detected = new HashSet<>();
    for (Claim claim : story.claims()) {
      for (Conflict conflict : claim.conflicts()) {
        // Conflicts between the real outlets are outside what the generator knows.
        boolean involvesGenerated = conflict.sources().stream().anyMatch(generated::contains);
        if (!involvesGenerated) {
          continue;
        }
        // A variant several generated articles state is a detection for each of them.
        Set<String> hits = match(conflict.text(), conflict.sources(), changedBy);
        if (hits.isEmpty()) {
          hits = match(claim.text(), claim.sources(), changedBy);
        }
        Transformation charged =
            hits.isEmpty()
                ? transformationOf(conflict, transformationOf)
                : transformationOf.get(articleOf(hits.iterator().next()));
        report.flagged(charged, !hits.isEmpty());
        if (DEBUG && hits.isEmpty()) {
          System.err.println(
              "FALSE "
                  + conflict.sources()
                  + "\n  claim: "
                  + claim.text()
                  + "\n  confl: "
                  + conflict.text());
        }
        detected.addAll(hits);
      }
    }
    for (String hit : detected) {
      report.detected(transformationOf.get(articleOf(hit)));
    }
    if (DEBUG) {
      changedBy.forEach(
          (id, sentences) ->
              sentences.forEach(
                  s -> {
                    if (!detected.contains(id + '\u0000' + s)) {
                      System.err.println("MISSED " + id + "\n  " + s);
                    }
                  }));
    }
  }

  private static final boolean DEBUG = Boolean.getBoolean("crosscheck.eval.debug");

  /** The transformation a flagged conflict is charged to: that of the first generated article. */
  private static Transformation transformationOf(
      Conflict conflict, Map<String, Transformation> transformationOf) {
    return conflict.sources().stream()
        .map(transformationOf::get)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(Transformation.VERBATIM);
  }

  /** The changed sentences {@code text} stands for, in those of {@code sources} that changed it. */
  private static Set<String> match(
      String text, List<String> sources, Map<String, Set<String>> changedBy) {
    Set<String> hits = new HashSet<>();
    for (String id : sources) {
      for (String sentence : changedBy.getOrDefault(id, Set.of())) {
        if (sentence.contains(text) || text.contains(sentence)) {
          hits.add(id + '\u0000' + sentence);
        }
      }
    }
    return hits;
  }

  private static String articleOf(String hit) {
    return hit.substring(0, hit.indexOf('\u0000'));
  }

  /** Formats a share for the table. */
  static String share(int hits, int total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) hits / total);
  }

  static Map<Transformation, int[]> emptyCounts() {
    Map<Transformation, int[]> counts = new EnumMap<>(Transformation.class);
    for (Transformation t : Transformation.values()) {
      counts.put(t, new int[LineageReport.COLUMNS]);
    }
    return counts;
  }
}
