package dev.crosscheck.claims;

import dev.crosscheck.lineage.Lineage;
import dev.crosscheck.lineage.LineageTracer;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.DocumentFrequencies;
import dev.crosscheck.similarity.PairComparer;
import dev.crosscheck.similarity.Profiler;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs the stages before claims on articles taken as one story, as the pipeline does. */
final class ClaimMarks {
  private ClaimMarks() {}

  static StoryClaims of(List<Article> articles) {
    TextAnalyzer analyzer = new TextAnalyzer();
    Profiler profiler = new Profiler();
    FillerDetector fillerDetector = new FillerDetector();
    List<ArticleProfile> members =
        articles.stream().map(a -> profiler.profile(analyzer.analyze(a))).toList();
    Map<String, Set<Integer>> filler = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (ArticleProfile p : members) {
      Set<Integer> indexes = new TreeSet<>();
      for (Sentence s : p.article().sentences()) {
        if (fillerDetector.isFiller(s.text(), s.tokens())) {
          indexes.add(s.index());
        }
      }
      filler.put(p.id(), indexes);
      counts.put(p.id(), indexes.size());
    }
    DocumentFrequencies df = DocumentFrequencies.of(members);
    ComparisonTable table = ComparisonTable.of(members, new PairComparer(), df::idf);
    Lineage lineage = new LineageTracer().trace(members, table, counts);
    return new ClaimBuilder().analyze(members, table, lineage, filler);
  }
}
