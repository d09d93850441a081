package dev.crosscheck.report;

import dev.crosscheck.model.ArticleResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Draws a story's lineage as inline SVG: one column per lineage group, one box per article in tree
 * order, indented by depth, and an elbow arrow from each source to what derives from it. The layout
 * is computed here in whole pixels, so the drawing is deterministic and needs no script.
 */
final class LineageDiagram {

  static final int BOX_WIDTH = 180;
  static final int BOX_HEIGHT = 40;
  static final int ROW_HEIGHT = 52;
  static final int INDENT = 16;
  static final int MAX_INDENT_STEPS = 4;
  static final int COLUMN_GAP = 24;
  static final int PADDING = 8;
  static final int LABEL_CHARS = 22;

  /** Groups beyond this are left out of the drawing (the lists above it still show them). */
  static final int MAX_COLUMNS = 24;

  /** Articles beyond this per group are summarized as "+N more". */
  static final int MAX_ROWS = 30;

  private static final int COLUMN_WIDTH = BOX_WIDTH + MAX_INDENT_STEPS * INDENT;

  private LineageDiagram() {}

  /** Appends the drawing of these lineage trees to {@code parent}; nothing when there are none. */
  static void draw(Element parent, List<LineageTree> groups, ReportIndex index, String caption) {
    if (groups.isEmpty()) {
      return;
    }
    List<LineageTree> shown = groups.subList(0, Math.min(groups.size(), MAX_COLUMNS));
    int rows = 1;
    for (LineageTree g : shown) {
      rows = Math.max(rows, Math.min(g.preorder().size(), MAX_ROWS + 1));
    }
    int width = 2 * PADDING + shown.size() * COLUMN_WIDTH + (shown.size() - 1) * COLUMN_GAP;
    int height = 2 * PADDING + (rows - 1) * ROW_HEIGHT + BOX_HEIGHT;
    Element figure = parent.appendElement("figure").addClass("diagram");
    Element svg =
        figure
            .appendElement("svg")
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(height))
            .attr("viewBox", "0 0 " + width + " " + height)
            .attr("role", "img")
            .attr("aria-label", caption);
    svg.appendElement("title").text(caption);
    for (int c = 0; c < shown.size(); c++) {
      drawColumn(svg, shown.get(c), PADDING + c * (COLUMN_WIDTH + COLUMN_GAP), index);
    }
    String note = groups.size() > MAX_COLUMNS ? " (first " + MAX_COLUMNS + " groups shown)" : "";
    figure.appendElement("figcaption").text(caption + note);
  }

  private static void drawColumn(Element svg, LineageTree tree, int x0, ReportIndex index) {
    List<LineageTree> nodes = tree.preorder();
    Map<String, int[]> placed = new HashMap<>();
    Element column = svg.appendElement("g").addClass("column");
    for (int row = 0; row < nodes.size() && row < MAX_ROWS; row++) {
      LineageTree node = nodes.get(row);
      int x = x0 + Math.min(node.depth(), MAX_INDENT_STEPS) * INDENT;
      int y = PADDING + row * ROW_HEIGHT;
      placed.put(node.id(), new int[] {x, y});
      drawBox(column, node.id(), x, y, index.article(node.id()));
    }
    for (LineageTree node : nodes) {
      int[] from = placed.get(node.id());
      for (LineageTree child : node.children()) {
        int[] to = placed.get(child.id());
        if (from != null && to != null) {
          drawArrow(column, from, to);
        }
      }
    }
    if (nodes.size() > MAX_ROWS) {
      svg.appendElement("text")
          .attr("x", Integer.toString(x0))
          .attr("y", Integer.toString(PADDING + MAX_ROWS * ROW_HEIGHT + BOX_HEIGHT / 2))
          .text("+" + (nodes.size() - MAX_ROWS) + " more");
    }
  }

  private static void drawBox(Element column, String id, int x, int y, ArticleResult article) {
    String role = article == null || article.role() == null ? "unknown" : article.role().label();
    Element box = column.appendElement("g").addClass("node").addClass("role-" + role);
    String title = article == null ? null : article.article().title();
    box.appendElement("title").text(ReportText.field(title == null ? id : id + ": " + title, 300));
    box.appendElement("rect")
        .attr("x", Integer.toString(x))
        .attr("y", Integer.toString(y))
        .attr("width", Integer.toString(BOX_WIDTH))
        .attr("height", Integer.toString(BOX_HEIGHT))
        .attr("rx", "4");
    box.appendElement("text")
        .attr("x", Integer.toString(x + 8))
        .attr("y", Integer.toString(y + 16))
        .addClass("node-id")
        .text(ReportText.field(id, LABEL_CHARS));
    box.appendElement("text")
        .attr("x", Integer.toString(x + 8))
        .attr("y", Integer.toString(y + 32))
        .addClass("node-role")
        .text(role);
  }

  private static void drawArrow(Element column, int[] from, int[] to) {
    int lineX = from[0] + 8;
    int top = from[1] + BOX_HEIGHT;
    String path;
    String head;
    if (to[0] > lineX + 6) {
      int midY = to[1] + BOX_HEIGHT / 2;
      path = "M" + lineX + " " + top + " V" + midY + " H" + to[0];
      head =
          to[0]
              + ","
              + midY
              + " "
              + (to[0] - 6)
              + ","
              + (midY - 4)
              + " "
              + (to[0] - 6)
              + ","
              + (midY + 4);
    } else {
      path = "M" + lineX + " " + top + " V" + to[1];
      head =
          lineX
              + ","
              + to[1]
              + " "
              + (lineX - 4)
              + ","
              + (to[1] - 6)
              + " "
              + (lineX + 4)
              + ","
              + (to[1] - 6);
    }
    column.appendElement("path").addClass("edge").attr("d", path);
    column.appendElement("polygon").addClass("arrow").attr("points", head);
  }
}
