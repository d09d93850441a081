package dev.crosscheck.report;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.FactSheet;
import dev.crosscheck.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Renders a story's fact sheet (a small who / what / where / when table) and its disagreements:
 * every contradicted claim beside the variants that disagree with it, each with its sources.
 */
final class FactSheetSection {
  private FactSheetSection() {}

  /** Appends the fact sheet table; rows with nothing known are left out. */
  static void facts(Element section, FactSheet facts) {
    List<String[]> rows = new ArrayList<>();
    List<String> who = new ArrayList<>();
    for (FactSheet.Actor actor : facts.who()) {
      who.add(actor.role() == null ? actor.name() : actor.name() + " (" + actor.role() + ")");
    }
    add(rows, "Who", String.join("; ", who));
    add(rows, "What", facts.what() == null ? "" : facts.what());
    add(rows, "Where", String.join("; ", facts.where()));
    add(rows, "When", when(facts.when()));
    if (rows.isEmpty()) {
      return;
    }
    Element table = section.appendElement("table").addClass("factsheet");
    table.appendElement("caption").text("Fact sheet");
    Element body = table.appendElement("tbody");
    for (String[] row : rows) {
      Element tr = body.appendElement("tr");
      tr.appendElement("th").attr("scope", "row").text(row[0]);
      tr.appendElement("td").attr("dir", "auto").text(row[1]);
    }
  }

  private static void add(List<String[]> rows, String name, String value) {
    if (!value.isBlank()) {
      rows.add(new String[] {name, ReportText.field(ReportText.clean(value), 400)});
    }
  }

  /** The event days, the days named, then the publication span. */
  static String when(FactSheet.When when) {
    List<String> parts = new ArrayList<>();
    if (!when.dates().isEmpty()) {
      parts.add(String.join(", ", when.dates()));
    }
    if (!when.mentions().isEmpty()) {
      parts.add("named: " + String.join(", ", when.mentions()));
    }
    if (when.first() != null) {
      String span =
          when.last() == null || when.last().equals(when.first())
              ? when.first()
              : when.first() + " to " + when.last();
      parts.add("published " + span);
    }
    return String.join(" · ", parts);
  }

  /** Appends the disagreements list, when some claim is contradicted. */
  static void disagreements(Element section, Story story, Citations citations) {
    List<Claim> contradicted =
        story.claims().stream().filter(c -> !c.conflicts().isEmpty()).toList();
    if (contradicted.isEmpty()) {
      return;
    }
    section.appendElement("h3").text("Disagreements");
    Element list = section.appendElement("ul").addClass("disagreements");
    for (Claim claim : contradicted) {
      Element item = list.appendElement("li");
      item.appendElement("span").attr("dir", "auto").text(ReportText.clean(claim.text()));
      item.appendText(" ");
      citations.citeAll(item, claim.sources());
      Element variants = item.appendElement("ul");
      for (Conflict conflict : claim.conflicts()) {
        Element variant = variants.appendElement("li");
        variant.appendElement("span").addClass("versus").text("but: ");
        variant.appendElement("span").attr("dir", "auto").text(ReportText.clean(conflict.text()));
        variant.appendText(" ");
        citations.citeAll(variant, conflict.sources());
      }
    }
  }
}
