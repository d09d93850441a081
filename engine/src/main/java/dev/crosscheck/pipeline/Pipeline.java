package dev.crosscheck.pipeline;

import dev.crosscheck.brief.BriefWriter;
import dev.crosscheck.claims.ClaimBuilder;
import dev.crosscheck.cluster.EntityNames;
import dev.crosscheck.cluster.IncrementalClusterer;
import dev.crosscheck.cluster.LinkScorer;
import dev.crosscheck.cluster.StoryDescriber;
import dev.crosscheck.cluster.StorySummary;
import dev.crosscheck.extract.ArticleExtractor;
import dev.crosscheck.fingerprint.LshIndex;
import dev.crosscheck.fingerprint.MinHasher;
import dev.crosscheck.fingerprint.Shingler;
import dev.crosscheck.ingest.DocumentReader;
import dev.crosscheck.lineage.Lineage;
import dev.crosscheck.lineage.LineageNode;
import dev.crosscheck.lineage.LineageTracer;
import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.IngestResult;
import dev.crosscheck.model.RawDocument;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Story;
import dev.crosscheck.similarity.ArticleProfile;
import dev.crosscheck.similarity.ComparisonTable;
import dev.crosscheck.similarity.DocumentFrequencies;
import dev.crosscheck.similarity.Embedder;
import dev.crosscheck.similarity.PairComparer;
import dev.crosscheck.similarity.Profiler;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.LanguageDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the main job. The stages, in order:
 *
 * <ol>
 *   <li>ingest ({@link DocumentReader}): files, folders, JSON Lines to raw documents;
 *   <li>extract ({@link ArticleExtractor}) and language ({@link LanguageDetector});
 *   <li>text ({@link TextAnalyzer}, {@link FillerDetector}): sentences, tokens, filler;
 *   <li>similarity ({@link Profiler}): sentence features and term counts;
 *   <li>cluster ({@link IncrementalClusterer}, which fingerprints with {@link Shingler}, {@link
 *       MinHasher} and {@link LshIndex}): articles to stories;
 *   <li>per story: pair comparison ({@link PairComparer}), lineage ({@link LineageTracer}), claims
 *       ({@link ClaimBuilder}) and brief ({@link BriefWriter}).
 * </ol>
 *
 * Thread-safe; the result depends only on the inputs, not on their order or on timing.
 */
public final class Pipeline {
  private final DocumentReader reader = new DocumentReader();
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final LanguageDetector languageDetector = new LanguageDetector();
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final FillerDetector fillerDetector = new FillerDetector();
  private final Profiler profiler = new Profiler();
  private final PairComparer comparer = new PairComparer();
  private final LineageTracer lineageTracer = new LineageTracer();
  private final ClaimBuilder claimBuilder = new ClaimBuilder();
  private final BriefWriter briefWriter = new BriefWriter();
  private final LinkScorer scorer;

  /** The pipeline whose stories are cut by words alone (the default {@link LinkScorer}). */
  public Pipeline() {
    this(new LinkScorer());
  }

  /**
   * A pipeline whose clustering scores article pairs with {@code scorer}, for instance {@link
   * LinkScorer#withStoryModel()}; the other stages do not depend on it.
   */
  public Pipeline(LinkScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /** The scorer of article pairs in story clustering. */
  public LinkScorer scorer() {
    return scorer;
  }

  /** The main job on files and folders. */
  public RunResult run(List<Path> inputs) {
    Extraction extraction = extract(inputs);
    return process(extraction.articles(), extraction.rejected());
  }

  /** Ingests and extracts: one article per accepted document, everything else rejected. */
  public Extraction extract(List<Path> inputs) {
    IngestResult ingest = reader.read(inputs);
    List<Rejection> rejected = new ArrayList<>(ingest.rejected());
    List<Article> articles = new ArrayList<>();
    for (RawDocument document : ingest.documents()) {
      ExtractedDocument extracted = extractOrReject(document);
      if (extracted.accepted()) {
        articles.add(extracted.article());
      } else {
        rejected.add(extracted.rejection());
      }
    }
    return new Extraction(articles, rejected);
  }

  /**
   * Extracts one document, or says why it gives no article: no body text, or an extractor failure
   * (which must not stop the batch).
   */
  public ExtractedDocument extractOrReject(RawDocument document) {
    try {
      Article article = extract(document);
      if (article.text().isBlank()) {
        return new ExtractedDocument(
            document, null, new Rejection(document.input(), "no article text found"));
      }
      return new ExtractedDocument(document, article, null);
    } catch (RuntimeException e) {
      return new ExtractedDocument(
          document, null, new Rejection(document.input(), "extraction failed: " + e.getMessage()));
    }
  }

  /** Extracts one document (with its language), for callers that read documents themselves. */
  public Article extract(RawDocument document) {
    return withLanguage(extractor.extract(document));
  }

  private Article withLanguage(Article a) {
    if (a.language() != null) {
      return a;
    }
    return a.withLanguage(languageDetector.detect(a.text()));
  }

  /**
   * Stages 3 onwards on extracted articles; {@code rejected} is passed through to the result. Each
   * story is computed from its own articles alone (as {@link #summarize(String, List,
   * StorySummary)} does), so a store can recompute only the stories that changed.
   */
  public RunResult process(List<Article> articles, List<Rejection> rejected) {
    Prepared prepared = prepare(articles);
    // Dates after today are not publication days; only that depends on the clock. All cores: the
    // stories do not depend on the thread count, and a costly pair signal (the story model) makes
    // clustering the longest stage.
    IncrementalClusterer clusterer =
        IncrementalClusterer.withScorer(
            LocalDate.now(ZoneOffset.UTC), scorer, Runtime.getRuntime().availableProcessors());
    clusterer.add(articles);
    List<Story> stories = new ArrayList<>();
    Map<String, LineageNode> nodes = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    for (StorySummary summary : clusterer.summaries()) {
      String storyId = storyId(stories.size() + 1);
      stories.add(story(storyId, summary, prepared, nodes));
      summary.articles().forEach(id -> storyOf.put(id, storyId));
    }
    return new RunResult(results(prepared, nodes, storyOf::get), stories, rejected);
  }

  /**
   * How many sentence embeddings the process-wide model has computed so far: sentence alignment
   * asks for them only when words leave a pair of sentences ambiguous.
   */
  public static long embeddingsComputed() {
    return Embedder.shared().computed();
  }

  /** The id of the {@code n}th story (from 1) that a run or a store numbers. */
  public static String storyId(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("story number (" + n + ") must be >= 1");
    }
    return "story-" + n;
  }

  /**
   * Treats {@code articles} as one story (no clustering): lineage, claims and brief. Term weights
   * come from these articles alone. The result holds that story and its articles with their roles.
   */
  public RunResult summarize(String storyId, List<Article> articles) {
    Prepared prepared = prepare(articles);
    List<ArticleProfile> members = new ArrayList<>(prepared.profiles().values());
    Map<String, LineageNode> nodes = new HashMap<>();
    Story story = story(storyId, members, prepared.filler(), nodes);
    return new RunResult(results(prepared, nodes, id -> storyId), List.of(story), List.of());
  }

  /**
   * One story of a clustering, computed exactly as {@link #process(List, List)} computes it: {@code
   * articles} are the members of {@code summary} (in any order), and the story is described by the
   * summary's time span, outlets and entities.
   *
   * @throws IllegalArgumentException when the articles are not the summary's members
   */
  public RunResult summarize(String storyId, List<Article> articles, StorySummary summary) {
    List<String> ids = articles.stream().map(Article::id).sorted().toList();
    if (!ids.equals(summary.articles())) {
      throw new IllegalArgumentException(
          "articles (" + ids + ") must be the story's members " + summary.articles());
    }
    Prepared prepared = prepare(articles);
    Map<String, LineageNode> nodes = new HashMap<>();
    Story story = story(storyId, summary, prepared, nodes);
    return new RunResult(results(prepared, nodes, id -> storyId), List.of(story), List.of());
  }

  private Story story(
      String storyId, StorySummary summary, Prepared prepared, Map<String, LineageNode> nodes) {
    List<ArticleProfile> members =
        summary.articles().stream().map(prepared.profiles()::get).toList();
    return story(storyId, members, prepared.filler(), nodes)
        .describedBy(
            summary.first() == null ? null : summary.first().toString(),
            summary.last() == null ? null : summary.last().toString(),
            summary.outlets(),
            summary.entities().stream()
                .map(e -> EntityNames.asWritten(e, articlesOf(members)))
                .toList());
  }

  private static List<Article> articlesOf(List<ArticleProfile> members) {
    return members.stream().map(m -> m.article().article()).toList();
  }

  /** Each article with its story, role, parent and filler count, in input order. */
  private static List<ArticleResult> results(
      Prepared prepared,
      Map<String, LineageNode> nodes,
      java.util.function.Function<String, String> storyOf) {
    List<ArticleResult> results = new ArrayList<>();
    for (AnalyzedArticle a : prepared.analyzed()) {
      LineageNode node = nodes.get(a.id());
      results.add(
          new ArticleResult(
              a.article(),
              storyOf.apply(a.id()),
              node.role(),
              node.derivedFrom(),
              prepared.filler().get(a.id()).size()));
    }
    return results;
  }

  /** Articles analyzed (sentences, filler) and profiled, in input order. */
  private record Prepared(
      List<AnalyzedArticle> analyzed,
      Map<String, Set<Integer>> filler,
      Map<String, ArticleProfile> profiles) {}

  private Prepared prepare(List<Article> articles) {
    List<AnalyzedArticle> analyzed = articles.parallelStream().map(analyzer::analyze).toList();
    Map<String, Set<Integer>> filler = new HashMap<>();
    Map<String, ArticleProfile> profiles = new LinkedHashMap<>();
    for (AnalyzedArticle a : analyzed) {
      filler.put(a.id(), fillerIndexes(a));
      profiles.put(a.id(), profiler.profile(a));
    }
    return new Prepared(analyzed, filler, profiles);
  }

  /** Lineage, claims and brief of one story; term weights come from its own articles alone. */
  private Story story(
      String id,
      List<ArticleProfile> members,
      Map<String, Set<Integer>> filler,
      Map<String, LineageNode> nodes) {
    DocumentFrequencies df = DocumentFrequencies.of(members);
    ComparisonTable table = ComparisonTable.of(members, comparer, df::idf);
    Map<String, Integer> fillerCounts = new HashMap<>();
    members.forEach(m -> fillerCounts.put(m.id(), filler.get(m.id()).size()));
    Lineage lineage = lineageTracer.trace(members, table, fillerCounts);
    nodes.putAll(lineage.nodes());
    List<Claim> claims = claimBuilder.build(members, table, lineage, filler);
    List<AnalyzedArticle> analyzed = members.stream().map(ArticleProfile::article).toList();
    List<BriefSentence> brief =
        briefWriter.write(claims, analyzed, lineage.groups().size(), filler);
    List<String> articleIds = members.stream().map(ArticleProfile::id).sorted().toList();
    return new Story(id, title(lineage, members), articleIds, lineage.groups(), brief, claims);
  }

  private Set<Integer> fillerIndexes(AnalyzedArticle article) {
    Set<Integer> indexes = new TreeSet<>();
    for (Sentence s : article.sentences()) {
      if (fillerDetector.isFiller(s.text(), s.tokens())) {
        indexes.add(s.index());
      }
    }
    return indexes;
  }

  /** The story's title: the headline of its largest group's original, else any headline. */
  private static String title(Lineage lineage, List<ArticleProfile> members) {
    Map<String, ArticleProfile> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    for (List<String> group : lineage.groups()) {
      for (String id : group) {
        String title = byId.get(id).article().article().title();
        if (title != null && !title.isBlank()) {
          return title.strip();
        }
      }
    }
    ArticleProfile first = byId.get(lineage.groups().get(0).get(0));
    List<Sentence> sentences = first.article().sentences();
    if (sentences.isEmpty()) {
      return first.id();
    }
    return StoryDescriber.titleFrom(sentences.get(0).text());
  }
}
