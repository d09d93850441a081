package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.brief.FactSheetWriter;
import dev.crosscheck.claims.UnsupportedFinder;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.FactSheet;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run as the JSON of the command-line contract: {@code stories.json} (articles, stories,
 * rejected) and {@code articles.jsonl} (one article per line, with its text). Field names and order
 * are fixed by {@code CONTRACT.md}; additions come after the contract's fields (a claim's {@code
 * unsupported}: whether only one of the story's several lineage groups carries it).
 */
public final class JsonResultWriter {
  private final ObjectMapper mapper = new ObjectMapper();
  private final FactSheetWriter factSheetWriter = new FactSheetWriter();

  /** The {@code stories.json} document, pretty-printed. */
  public String stories(RunResult result) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    result.articles().forEach(a -> articles.add(article(a)));
    ArrayNode stories = root.putArray("stories");
    Map<String, List<Article>> byStory = new HashMap<>();
    for (ArticleResult a : result.articles()) {
      byStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a.article());
    }
    result.stories().forEach(s -> stories.add(story(s, byStory.getOrDefault(s.id(), List.of()))));
    ArrayNode rejected = root.putArray("rejected");
    for (Rejection r : result.rejected()) {
      rejected.addObject().put("input", r.input()).put("reason", r.reason());
    }
    try {
      return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code articles.jsonl} lines, each ending in a newline. */
  public String articlesJsonl(RunResult result) {
    StringBuilder out = new StringBuilder();
    for (ArticleResult a : result.articles()) {
      ObjectNode node = article(a);
      node.put("text", a.article().text());
      out.append(line(node));
    }
    return out.toString();
  }

  /** One line of {@code extract} output: id, input, title, byline, published, language, text. */
  public String extractLine(Article a) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", a.id());
    node.put("input", a.input());
    node.put("title", a.title());
    node.put("byline", a.byline());
    node.put("published", a.published());
    node.put("language", a.language());
    node.put("text", a.text());
    return line(node);
  }

  /** A compact JSON line of {@code node}, ending in a newline. */
  public String line(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh object node, for callers building other contract lines. */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** One article as {@code stories.json} lists it (without its text). */
  public ObjectNode article(ArticleResult result) {
    Article a = result.article();
    ObjectNode node = mapper.createObjectNode();
    node.put("id", a.id());
    node.put("input", a.input());
    node.put("title", a.title());
    node.put("source", a.source());
    node.put("published", a.published());
    node.put("language", a.language());
    node.put("story", result.story());
    node.put("role", result.role().label());
    node.put("derivedFrom", result.derivedFrom());
    node.put("fillerSentences", result.fillerSentences());
    return node;
  }

  /**
   * One story as {@code stories.json} lists it.
   *
   * @param articles the story's articles, for its fact sheet
   */
  public ObjectNode story(Story story, List<Article> articles) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", story.id());
    node.put("title", story.title());
    strings(node.putArray("articles"), story.articles());
    ArrayNode origins = node.putArray("origins");
    story.origins().forEach(group -> strings(origins.addArray(), group));
    node.put("first", story.first());
    node.put("last", story.last());
    strings(node.putArray("outlets"), story.outlets());
    strings(node.putArray("entities"), story.entities());
    facts(node.putObject("facts"), factSheetWriter.write(story, articles));
    ArrayNode brief = node.putArray("brief");
    for (BriefSentence b : story.brief()) {
      ObjectNode s = brief.addObject().put("text", b.text());
      strings(s.putArray("sources"), b.sources());
      s.put("independentSources", b.independentSources());
    }
    ArrayNode claims = node.putArray("claims");
    for (Claim c : story.claims()) {
      ObjectNode claim = claims.addObject().put("text", c.text());
      strings(claim.putArray("sources"), c.sources());
      claim.put("independentSources", c.independentSources());
      claim.put("status", c.status().label());
      ArrayNode conflicts = claim.putArray("conflicts");
      for (Conflict conflict : c.conflicts()) {
        ObjectNode co = conflicts.addObject().put("text", conflict.text());
        strings(co.putArray("sources"), conflict.sources());
      }
      claim.put("unsupported", UnsupportedFinder.unsupported(c, story.origins()));
    }
    return node;
  }

  private static void facts(ObjectNode node, FactSheet facts) {
    ArrayNode who = node.putArray("who");
    for (FactSheet.Actor actor : facts.who()) {
      who.addObject().put("name", actor.name()).put("role", actor.role());
    }
    node.put("what", facts.what());
    strings(node.putArray("where"), facts.where());
    ObjectNode when = node.putObject("when");
    strings(when.putArray("dates"), facts.when().dates());
    strings(when.putArray("mentions"), facts.when().mentions());
    when.put("first", facts.when().first());
    when.put("last", facts.when().last());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
