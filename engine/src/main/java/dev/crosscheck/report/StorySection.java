package dev.crosscheck.report;

import dev.crosscheck.brief.FactSheetWriter;
import dev.crosscheck.claims.UnsupportedFinder;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Story;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Renders one story: title, fact sheet, cited brief, disagreements, lineage groups (lists and a
 * diagram), claims table, the story's articles and, for each derived article whose source is in the
 * run, a side-by-side view of the two.
 */
final class StorySection {

  private final ReportIndex index;
  private final ArticleBlock articles;
  private final SideBySideSection sideBySide = new SideBySideSection();
  private final FactSheetWriter factSheetWriter = new FactSheetWriter();
  private final Set<String> compareAnchors = new HashSet<>();

  StorySection(ReportIndex index, ArticleBlock articles) {
    this.index = index;
    this.articles = articles;
  }

  /**
   * Appends the section. {@code anchored} says whether it carries the story's fragment id; {@code
   * rendered} holds the articles already given an anchor and is updated.
   */
  void render(Element parent, Story story, boolean anchored, Set<String> rendered) {
    List<String> ids = index.storyArticleIds(story);
    Citations citations = new Citations(ids, index);
    Element section = parent.appendElement("section").addClass("story");
    if (anchored) {
      section.id(Anchors.story(story.id()));
    }
    section.appendElement("h2").attr("dir", "auto").text(title(story));
    section.appendElement("p").addClass("meta").text(summary(story));
    Map<String, String> compared = compared(ids);
    FactSheetSection.facts(section, factSheetWriter.write(story, articlesOf(ids)));
    brief(section, story, citations);
    FactSheetSection.disagreements(section, story, citations);
    lineage(section, story, citations, compared);
    claims(section, story, citations);
    section.appendElement("h3").text("Articles");
    for (String id : ids) {
      ArticleResult article = index.article(id);
      if (article != null) {
        articles.render(section, article, citations, rendered.add(id), compared.get(id));
      }
    }
    sideBySide(section, compared, citations);
  }

  private List<dev.crosscheck.model.Article> articlesOf(List<String> ids) {
    List<dev.crosscheck.model.Article> out = new ArrayList<>();
    for (String id : ids) {
      ArticleResult a = index.article(id);
      if (a != null) {
        out.add(a.article());
      }
    }
    return out;
  }

  /**
   * The story's derived articles whose source is in the run, each with the fragment id of its
   * side-by-side view (unique in the page: an article listed by two stories is compared once).
   */
  private Map<String, String> compared(List<String> ids) {
    Map<String, String> compared = new LinkedHashMap<>();
    for (String id : ids) {
      ArticleResult a = index.article(id);
      if (a != null
          && a.derivedFrom() != null
          && index.article(a.derivedFrom()) != null
          && compareAnchors.add(Anchors.compare(id))) {
        compared.put(id, Anchors.compare(id));
      }
    }
    return compared;
  }

  /** A list of links to the side-by-side views; each view shows when its link is followed. */
  private void sideBySide(Element section, Map<String, String> compared, Citations citations) {
    if (compared.isEmpty()) {
      return;
    }
    section.appendElement("h3").text("Side by side");
    Element list = section.appendElement("ul").addClass("compare-list");
    for (Map.Entry<String, String> entry : compared.entrySet()) {
      ArticleResult derived = index.article(entry.getKey());
      Element item = list.appendElement("li");
      item.appendElement("a")
          .addClass("compare-link")
          .attr("href", "#" + entry.getValue())
          .text(
              "["
                  + citations.number(entry.getKey())
                  + "] "
                  + citations.label(entry.getKey())
                  + " compared with its source ["
                  + citations.number(derived.derivedFrom())
                  + "]");
    }
    for (Map.Entry<String, String> entry : compared.entrySet()) {
      ArticleResult derived = index.article(entry.getKey());
      sideBySide.render(section, index.article(derived.derivedFrom()), derived, entry.getValue());
    }
  }

  static String title(Story story) {
    String title = story.title();
    return ReportText.field(
        title == null || title.isBlank() ? "(untitled story " + story.id() + ")" : title,
        ArticleBlock.MAX_FIELD_CHARS);
  }

  static String summary(Story story) {
    long contradicted =
        story.claims().stream().filter(c -> c.status() == ClaimStatus.CONTRADICTED).count();
    return ReportText.count(story.articles().size(), "article", "articles")
        + " · "
        + ReportText.count(story.origins().size(), "lineage group", "lineage groups")
        + " · "
        + ReportText.count(story.claims().size(), "claim", "claims")
        + (contradicted > 0 ? " (" + contradicted + " contradicted)" : "");
  }

  private void brief(Element section, Story story, Citations citations) {
    section.appendElement("h3").text("Brief");
    if (story.brief().isEmpty()) {
      section.appendElement("p").addClass("note").text("No brief for this story.");
      return;
    }
    Element list = section.appendElement("ol").addClass("brief");
    for (BriefSentence sentence : story.brief()) {
      Element item = list.appendElement("li");
      item.appendElement("span").attr("dir", "auto").text(ReportText.clean(sentence.text()));
      item.appendText(" ");
      citations.citeAll(item, sentence.sources());
      item.appendText(" ");
      item.appendElement("span")
          .addClass("badge")
          .text(
              ReportText.count(
                  sentence.independentSources(), "independent source", "independent sources"));
    }
  }

  private void lineage(
      Element section, Story story, Citations citations, Map<String, String> compared) {
    section.appendElement("h3").text("Lineage");
    List<LineageTree> trees = new ArrayList<>();
    for (List<String> group : story.origins()) {
      LineageTree tree = LineageTree.of(group, index);
      if (tree != null) {
        trees.add(tree);
      }
    }
    if (trees.isEmpty()) {
      section.appendElement("p").addClass("note").text("No lineage for this story.");
      return;
    }
    Map<String, Integer> unsupported = UnsupportedFinder.countsByArticle(story);
    Element groups = section.appendElement("div").addClass("groups");
    for (int i = 0; i < trees.size(); i++) {
      Element group = groups.appendElement("div").addClass("group");
      group.appendElement("h4").text("Group " + (i + 1));
      Element list = group.appendElement("ul").addClass("tree");
      node(list, trees.get(i), citations, compared, unsupported);
    }
    LineageDiagram.draw(
        section,
        trees,
        index,
        "Lineage diagram: "
            + ReportText.count(trees.size(), "group", "groups")
            + ", arrows point from a source to what derives from it");
  }

  /**
   * One article of a lineage tree and, below it, what derives from it.
   *
   * @param unsupported each article's count of sentences no other lineage group carries
   */
  private void node(
      Element list,
      LineageTree tree,
      Citations citations,
      Map<String, String> compared,
      Map<String, Integer> unsupported) {
    Element item = list.appendElement("li");
    citations.name(item, tree.id());
    ArticleResult a = index.article(tree.id());
    if (a != null) {
      String role = a.role() == null ? "unknown" : a.role().label();
      item.appendText(" ");
      item.appendElement("span").addClass("role role-" + role).text(role);
      if (a.derivedFrom() != null) {
        item.appendText(" derived from ");
        citations.cite(item, a.derivedFrom());
        String anchor = compared.get(tree.id());
        if (anchor != null) {
          item.appendText(" ");
          item.appendElement("a")
              .addClass("compare-link")
              .attr("href", "#" + anchor)
              .text("side by side");
        }
      }
      List<String> facts = new ArrayList<>();
      addIfKnown(facts, a.article().published());
      addIfKnown(facts, a.article().source());
      if (a.fillerSentences() > 0) {
        facts.add(ReportText.count(a.fillerSentences(), "filler sentence", "filler sentences"));
      }
      int added = unsupported.getOrDefault(tree.id(), 0);
      if (added > 0) {
        facts.add(ReportText.count(added, "unsupported claim", "unsupported claims"));
      }
      if (!facts.isEmpty()) {
        item.appendElement("span").addClass("facts-inline").text(" · " + String.join(" · ", facts));
      }
    }
    if (!tree.children().isEmpty()) {
      Element sub = item.appendElement("ul");
      tree.children().forEach(child -> node(sub, child, citations, compared, unsupported));
    }
  }

  private static void addIfKnown(List<String> facts, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(ReportText.field(value, 200));
    }
  }

  private void claims(Element section, Story story, Citations citations) {
    section.appendElement("h3").text("Claims");
    if (story.claims().isEmpty()) {
      section.appendElement("p").addClass("note").text("No claims for this story.");
      return;
    }
    Element table = section.appendElement("div").addClass("table-wrap").appendElement("table");
    table.addClass("claims");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String name : List.of("Claim", "Status", "Independent sources", "Cited sources")) {
      head.appendElement("th").attr("scope", "col").text(name);
    }
    Element body = table.appendElement("tbody");
    for (Claim claim : story.claims()) {
      claimRow(
          body.appendElement("tr"),
          claim,
          UnsupportedFinder.unsupported(claim, story.origins()),
          citations);
    }
  }

  /**
   * One row of the claims table.
   *
   * @param unsupported whether only one of the story's several lineage groups carries the claim
   */
  private void claimRow(Element row, Claim claim, boolean unsupported, Citations citations) {
    String status = claim.status() == null ? "unknown" : claim.status().label();
    Element text = row.appendElement("td");
    text.appendElement("div").attr("dir", "auto").text(ReportText.clean(claim.text()));
    if (!claim.conflicts().isEmpty()) {
      Element conflicts = text.appendElement("div").addClass("conflicts");
      conflicts.appendElement("strong").text("Conflicting reports:");
      Element list = conflicts.appendElement("ul");
      for (Conflict conflict : claim.conflicts()) {
        Element item = list.appendElement("li");
        item.appendElement("span").attr("dir", "auto").text(ReportText.clean(conflict.text()));
        item.appendText(" ");
        citations.citeAll(item, conflict.sources());
      }
    }
    Element statusCell = row.appendElement("td");
    statusCell.appendElement("span").addClass("status status-" + status).text(status);
    if (unsupported) {
      statusCell.appendText(" ");
      statusCell
          .appendElement("span")
          .addClass("status status-unsupported")
          .attr("title", "only one lineage group carries this claim")
          .text("unsupported");
    }
    row.appendElement("td").addClass("count").text(Integer.toString(claim.independentSources()));
    citations.citeAll(row.appendElement("td"), claim.sources());
  }
}
