package dev.crosscheck.cluster;

import dev.crosscheck.model.Article;
import dev.crosscheck.similarity.Profiler;
import dev.crosscheck.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The batch baseline passes the contract too, by clustering everything again on each call. */
class StoryClustererContractTest extends ClustererContractTest {
  @Override
  ArticleClusterer clusterer(int threads) {
    return new ArticleClusterer() {
      private final List<Article> articles = new ArrayList<>();
      private final Set<String> ids = new HashSet<>();

      @Override
      public void add(List<Article> batch) {
        for (Article a : batch) {
          if (!ids.add(a.id())) {
            throw new IllegalArgumentException(
                "article id (" + a.id() + ") must not be added twice");
          }
        }
        articles.addAll(batch);
      }

      @Override
      public List<List<String>> stories() {
        TextAnalyzer analyzer = new TextAnalyzer();
        Profiler profiler = new Profiler();
        return new StoryClusterer()
            .cluster(
                articles.stream().map(a -> profiler.profile(analyzer.analyze(a))).toList(),
                Set.of());
      }
    };
  }
}
