package dev.crosscheck.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.cluster.ArticleFeatures;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.cluster.StorySummary;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.report.JsonResultWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The per-component and per-story work, each in one task. A component (articles joined by links) is
 * handed to the engine's own {@link IncrementalClusterer}, which finds the same links and cuts the
 * same stories as on the whole run (a link is a function of its two articles and the run's hot
 * keys, which each member's features leave out: see {@link CandidateFinder#coldKeys}); each story
 * then goes through the engine's lineage, claims and brief ({@code Pipeline.summarize}) with the
 * run's document frequencies.
 */
final class StoryMaker implements java.io.Serializable {
  private final LocalDate today;
  private final Broadcast<long[]> hot;

  /**
   * @param hot the run's hot groups ({@link CandidateFinder#hotGroups})
   */
  StoryMaker(LocalDate today, Broadcast<long[]> hot) {
    this.today = today;
    this.hot = hot;
  }

  /** The stories of one component, keyed in the embedded order. */
  List<Tuple2<StoryKey, StoryMembers>> cluster(Iterable<Tuple2<ArticleRow, FeatureRow>> component) {
    Map<String, ArticleRow> rows = new HashMap<>();
    List<ArticleFeatures> features = new ArrayList<>();
    for (Tuple2<ArticleRow, FeatureRow> member : component) {
      rows.put(member._1().id(), member._1());
      ArticleFeatures f = member._2().features(member._1().article());
      // Keys hot in the whole run, though cold among the component's articles, count for no pair.
      long[] cold = CandidateFinder.coldKeys(member._2(), hot.value());
      features.add(
          new ArticleFeatures(
              f.article(),
              f.headline(),
              f.body(),
              f.entities(),
              f.entityNames(),
              cold,
              f.signature(),
              f.date()));
    }
    IncrementalClusterer clusterer =
        new IncrementalClusterer(
            Engine.features(today),
            new LinkScorer(),
            IncrementalClusterer.DEFAULT_LINK_THRESHOLD,
            IncrementalClusterer.DEFAULT_JOIN_THRESHOLD,
            1);
    clusterer.addFeatures(features);
    List<Tuple2<StoryKey, StoryMembers>> stories = new ArrayList<>();
    for (StorySummary s : clusterer.summaries()) {
      List<ArticleRow> members = s.articles().stream().map(rows::get).toList();
      stories.add(
          new Tuple2<>(
              new StoryKey(s.articles().size(), s.articles().get(0)), StoryMembers.of(s, members)));
    }
    return stories;
  }

  /**
   * One story's JSON (as in {@code stories.json}) and its articles' JSON lines (as in {@code
   * articles.jsonl}) by input order.
   */
  static Tuple2<String, List<Tuple2<Order, String>>> summarize(String storyId, StoryMembers story) {
    List<ArticleRow> rows =
        story.articles().stream().sorted(Comparator.comparing(ArticleRow::order)).toList();
    List<Article> articles = rows.stream().map(ArticleRow::article).toList();
    RunResult result = Engine.pipeline().summarize(storyId, articles, story.summary());
    JsonResultWriter json = new JsonResultWriter();
    List<Tuple2<Order, String>> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ArticleResult a = result.articles().get(i);
      ObjectNode node = json.article(a);
      node.put("text", a.article().text());
      lines.add(new Tuple2<>(rows.get(i).order(), json.line(node).strip()));
    }
    String storyJson = json.line(json.story(result.stories().get(0), articles)).strip();
    return new Tuple2<>(storyJson, lines);
  }
}
