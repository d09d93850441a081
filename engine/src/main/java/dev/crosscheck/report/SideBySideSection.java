package dev.crosscheck.report;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.similarity.AlignedPair;
import dev.crosscheck.similarity.Alignment;
import dev.crosscheck.similarity.MatchKind;
import dev.crosscheck.similarity.Profiler;
import dev.crosscheck.similarity.SentenceAligner;
import dev.crosscheck.text.FillerDetector;
import dev.crosscheck.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Renders two articles in two columns with their sentences aligned: each row holds a sentence of
 * the left article and its match in the right one, or a sentence only one side has. Each sentence
 * is marked (colour and a text label) as copied, changed, added, filler or dropped.
 *
 * <p>The alignment is the lexical {@link SentenceAligner} (no embeddings), so the page is
 * deterministic and cheap. Analyses are cached per article id; instances are not thread-safe.
 */
final class SideBySideSection {

  /** Rows shown per comparison; longer texts end with a note. */
  static final int MAX_ROWS = 1_000;

  /** How a sentence of either column relates to the other column. */
  enum Mark {
    /** The same words as its match. */
    COPIED,
    /** Matched, with words changed (a light edit or a rewording). */
    CHANGED,
    /** Only in the right article. */
    ADDED,
    /** Only in the right article, and it states no checkable fact. */
    FILLER,
    /** Only in the left article. */
    DROPPED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final Profiler profiler = new Profiler();
  private final SentenceAligner aligner = new SentenceAligner();
  private final FillerDetector filler = new FillerDetector();
  private final Map<String, AnalyzedArticle> analyzed = new HashMap<>();

  /** One row: a left sentence index, a right one, or both (-1 for none). */
  private record Row(int left, int right, Mark mark) {}

  /**
   * Appends the comparison of {@code left} (the source) with {@code right}.
   *
   * @param id the fragment id of the section, or null for none
   */
  void render(Element parent, ArticleResult left, ArticleResult right, String id) {
    AnalyzedArticle a = analyze(left);
    AnalyzedArticle b = analyze(right);
    Alignment alignment = aligner.align(profiler.profile(a), profiler.profile(b));
    List<Row> rows = rows(alignment, a.sentences(), b.sentences());
    Element section = parent.appendElement("section").addClass("compare");
    if (id != null) {
      section.id(id);
    }
    section
        .appendElement("h4")
        .text(
            "Side by side: "
                + ArticleBlock.title(right.article())
                + " compared with "
                + ArticleBlock.title(left.article()));
    legend(section);
    section.appendElement("p").addClass("meta tally").text(tally(rows));
    if (!sameLanguage(left, right)) {
      section
          .appendElement("p")
          .addClass("note")
          .text(
              "The two are in different languages: sentences are aligned by shared words only,"
                  + " so translated sentences show as added and dropped.");
    }
    table(section, rows, a, b, left, right);
  }

  private static boolean sameLanguage(ArticleResult left, ArticleResult right) {
    String a = left.article().language();
    String b = right.article().language();
    return a == null || b == null || a.equalsIgnoreCase(b);
  }

  private AnalyzedArticle analyze(ArticleResult result) {
    return analyzed.computeIfAbsent(result.article().id(), k -> analyzer.analyze(result.article()));
  }

  private static void legend(Element section) {
    Element legend = section.appendElement("p").addClass("legend");
    for (Mark mark : Mark.values()) {
      legend.appendElement("span").addClass("s s-" + mark.label()).text(mark.label());
      legend.appendText(" ");
    }
  }

  /** Rows in the right article's order, left-only sentences where they fall in the left one. */
  private List<Row> rows(Alignment alignment, List<Sentence> left, List<Sentence> right) {
    int[] leftOfRight = new int[right.size()];
    java.util.Arrays.fill(leftOfRight, -1);
    Map<Integer, AlignedPair> byRight = new HashMap<>();
    boolean[] leftPaired = new boolean[left.size()];
    for (AlignedPair pair : alignment.pairs()) {
      leftOfRight[pair.right()] = pair.left();
      byRight.put(pair.right(), pair);
      leftPaired[pair.left()] = true;
    }
    List<Row> rows = new ArrayList<>();
    int nextLeft = 0;
    for (int j = 0; j < right.size(); j++) {
      int i = leftOfRight[j];
      if (i < 0) {
        Sentence s = right.get(j);
        rows.add(new Row(-1, j, filler.isFiller(s.text(), s.tokens()) ? Mark.FILLER : Mark.ADDED));
        continue;
      }
      for (; nextLeft < i; nextLeft++) {
        if (!leftPaired[nextLeft]) {
          rows.add(new Row(nextLeft, -1, Mark.DROPPED));
        }
      }
      nextLeft = Math.max(nextLeft, i + 1);
      boolean same = byRight.get(j).kind() == MatchKind.EXACT;
      rows.add(new Row(i, j, same ? Mark.COPIED : Mark.CHANGED));
    }
    for (; nextLeft < left.size(); nextLeft++) {
      if (!leftPaired[nextLeft]) {
        rows.add(new Row(nextLeft, -1, Mark.DROPPED));
      }
    }
    return rows;
  }

  private static String tally(List<Row> rows) {
    Map<Mark, Integer> counts = new EnumMap<>(Mark.class);
    rows.forEach(r -> counts.merge(r.mark(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Mark mark : Mark.values()) {
      parts.add(counts.getOrDefault(mark, 0) + " " + mark.label());
    }
    return ReportText.count(rows.size(), "row", "rows") + ": " + String.join(", ", parts);
  }

  private static void table(
      Element section,
      List<Row> rows,
      AnalyzedArticle a,
      AnalyzedArticle b,
      ArticleResult left,
      ArticleResult right) {
    Element table = section.appendElement("div").addClass("table-wrap").appendElement("table");
    table.addClass("side");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th")
        .attr("scope", "col")
        .attr("dir", "auto")
        .text("Source: " + ArticleBlock.title(left.article()));
    head.appendElement("th")
        .attr("scope", "col")
        .attr("dir", "auto")
        .text("Compared: " + ArticleBlock.title(right.article()));
    Element body = table.appendElement("tbody");
    for (Row row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
      Element tr = body.appendElement("tr").addClass("row-" + row.mark().label());
      cell(tr, row.left() < 0 ? null : a.sentences().get(row.left()), row.mark());
      cell(tr, row.right() < 0 ? null : b.sentences().get(row.right()), row.mark());
    }
    if (rows.size() > MAX_ROWS) {
      section
          .appendElement("p")
          .addClass("note")
          .text((rows.size() - MAX_ROWS) + " more rows are not shown.");
    }
  }

  private static void cell(Element tr, Sentence sentence, Mark mark) {
    Element td = tr.appendElement("td");
    if (sentence == null) {
      td.addClass("s-none");
      return;
    }
    td.addClass("s s-" + mark.label()).attr("dir", "auto");
    td.appendElement("span").addClass("mark").text(mark.label());
    td.appendText(" ");
    td.appendElement("span")
        .addClass("text")
        .text(ReportText.field(sentence.text(), ArticleBlock.MAX_FIELD_CHARS));
  }
}
