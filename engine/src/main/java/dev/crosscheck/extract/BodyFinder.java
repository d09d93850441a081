package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A finder of an HTML page's article body: removes page chrome, scores the containers by the text
 * of their paragraphs (links discounted), and emits the paragraphs of the smallest container that
 * holds most of that text. Modifies the document it is given. Stateless and thread-safe.
 */
final class BodyFinder {
  /** A container holding at least this share of the best score is preferred when it is deeper. */
  static final double CONTAINER_SHARE = 0.8;

  /** Paragraphs whose text is more than this share of link text are navigation, not body. */
  static final double MAX_LINK_DENSITY = 0.5;

  /** An element holding more than this share of the page's paragraph text is never chrome. */
  static final double MAX_CHROME_SHARE = 0.5;

  private static final String CHROME_TAGS =
      "script, style, nav, header, footer, aside, form, iframe, noscript, svg, button, template,"
          + " figcaption, dialog, select, input, textarea";
  private static final String PARAGRAPHS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final String SCORED = "p, li, h2, h3, h4";
  private static final String CANDIDATES = "article, main, [itemprop=articleBody], div, section";
  private static final String PROTECTED = "article, main, [itemprop=articleBody]";
  private static final Pattern CHROME_TOKEN =
      Pattern.compile(
          "(comment|share|sharing|social|related|newsletter|subscri|cookie|consent|promo|sidebar"
              + "|breadcrumb|footer|advert|banner|popup|outbrain|taboola|sponsor|disqus|byline"
              + "|signup|paywall|recommend|masthead|trending|mostread|navbar|navigation|menu).*"
              + "|ad|ads|nav|tags|header|author|modal|widget|toolbar|skip|most");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_-]+|(?<=[a-z])(?=[A-Z])");

  /** The body paragraphs of a page, chrome lines and the title left out. */
  List<String> find(Document doc, String title) {
    Element body = doc.body();
    removeChrome(body);
    Element best = bestContainer(body);
    List<String> paragraphs = emit(best, title);
    if (paragraphs.isEmpty()) {
      paragraphs = fallback(body, title);
    }
    return paragraphs;
  }

  private static void removeChrome(Element body) {
    int total = paragraphText(body);
    for (Element el : body.select(CHROME_TAGS)) {
      if (!holdsArticle(el, total)) {
        el.remove();
      }
    }
    for (Element el : body.select("[class], [id]")) {
      if (el.parent() != null && isChromeByName(el) && !holdsArticle(el, total)) {
        el.remove();
      }
    }
  }

  private static boolean holdsArticle(Element el, int total) {
    return el.is(PROTECTED)
        || !el.select(PROTECTED).isEmpty()
        || (total > 0 && paragraphText(el) > total * MAX_CHROME_SHARE && !isCommentSection(el));
  }

  private static boolean isChromeByName(Element el) {
    for (String token : TOKEN_SPLIT.split(el.className() + " " + el.id())) {
      if (!token.isEmpty() && CHROME_TOKEN.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCommentSection(Element el) {
    return (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).contains("comment");
  }

  private static Element bestContainer(Element body) {
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select(SCORED)) {
      int weight = linkDensity(p) > MAX_LINK_DENSITY ? 0 : p.text().length();
      for (Element up = p.parent(); up != null && up != body; up = up.parent()) {
        scores.merge(up, weight, Integer::sum);
      }
    }
    int max = 0;
    for (Element c : body.select(CANDIDATES)) {
      max = Math.max(max, scores.getOrDefault(c, 0));
    }
    Element best = body;
    int bestDepth = -1;
    for (Element c : body.select(CANDIDATES)) {
      int depth = c.parents().size();
      if (max > 0 && scores.getOrDefault(c, 0) >= max * CONTAINER_SHARE && depth > bestDepth) {
        best = c;
        bestDepth = depth;
      }
    }
    return best;
  }

  private static List<String> emit(Element container, String title) {
    List<String> out = new ArrayList<>();
    for (Element el : container.select(PARAGRAPHS)) {
      boolean holdsParagraphs = el.select(PARAGRAPHS).size() > 1;
      if (!holdsParagraphs && linkDensity(el) <= MAX_LINK_DENSITY) {
        add(out, el.text(), title);
      }
    }
    return out;
  }

  private static List<String> fallback(Element body, String title) {
    List<String> out = new ArrayList<>();
    for (Element p : body.select("p")) {
      add(out, p.text(), title);
    }
    if (out.isEmpty()) {
      for (Element br : body.select("br")) {
        br.after(new TextNode("\n"));
      }
      for (Element block : body.select("div, p, h1, h2, h3, h4, li, tr")) {
        block.prepend("\n").appendText("\n");
      }
      for (String p : PlainTextExtractor.paragraphs(body.wholeText())) {
        add(out, p, title);
      }
    }
    return out;
  }

  private static void add(List<String> out, String text, String title) {
    String p = Paragraphs.normalize(text);
    if (!p.isEmpty() && !ChromeLines.isChrome(p) && !p.equalsIgnoreCase(title)) {
      out.add(p);
    }
  }

  private static double linkDensity(Element el) {
    int length = el.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    Elements anchors = el.select("a");
    for (Element a : anchors) {
      links += a.text().length();
    }
    return (double) links / length;
  }

  private static int paragraphText(Element el) {
    int total = 0;
    for (Element p : el.select("p")) {
      total += p.text().length();
    }
    return total;
  }
}
