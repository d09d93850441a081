package dev.crosscheck.eval.stories;

import dev.crosscheck.cluster.ArticleTerms;
import dev.crosscheck.cluster.BackgroundFrequencies;
import dev.crosscheck.cluster.TermExtractor;
import dev.crosscheck.eval.data.StoryDataSet;
import dev.crosscheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the background document frequencies bundled with the engine ({@link
 * BackgroundFrequencies#RESOURCE}) over a stories data set: words and entities in at least {@link
 * #MIN_FREQUENCY} articles. Run: {@code java ... BackgroundTableBuilder DATA_DIR OUT.tsv}.
 */
public final class BackgroundTableBuilder {
  /** Terms rarer than this are left out: absent terms count as seen once anyway. */
  public static final int MIN_FREQUENCY = 2;

  private BackgroundTableBuilder() {}

  /** The table's text for {@code articles}. */
  public static String build(List<Article> articles) {
    TermExtractor extractor = new TermExtractor(LocalDate.MAX.minusDays(10));
    Map<String, Integer> df = new TreeMap<>();
    for (Article a : articles) {
      ArticleTerms terms = extractor.extract(a);
      Set<String> keys = new HashSet<>(terms.body().keySet());
      keys.addAll(terms.headline().keySet());
      terms.entities().forEach(e -> keys.add(BackgroundFrequencies.ENTITY_PREFIX + e));
      keys.forEach(k -> df.merge(k, 1, Integer::sum));
    }
    StringBuilder out = new StringBuilder();
    out.append(BackgroundFrequencies.MAGIC).append('\t').append(articles.size()).append('\n');
    df.forEach(
        (term, n) -> {
          if (n >= MIN_FREQUENCY && term.indexOf('\t') < 0 && term.indexOf('\n') < 0) {
            out.append(term).append('\t').append(n).append('\n');
          }
        });
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    StoryDataSet data = StoryDataSet.read(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), build(data.articles()), StandardCharsets.UTF_8);
  }
}
