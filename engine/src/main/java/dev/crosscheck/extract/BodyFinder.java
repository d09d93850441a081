package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A finder of an HTML page's article body: removes page chrome (by tag, by class/id vocabulary,
 * hidden and comment sections), picks the container holding the page's prose (a container named as
 * the body when it holds enough, else the deepest holding most), and emits its text blocks, link
 * lists and chrome lines left out. Linear in the page size. Modifies the document it is given.
 * Stateless and thread-safe.
 */
final class BodyFinder {
  /** A container holding at least this share of the best prose score is preferred when deeper. */
  static final double CONTAINER_SHARE = 0.8;

  /** A container named as the body (class, id, itemprop) is taken when it holds this share. */
  static final double BODY_NAME_SHARE = 0.3;

  /** Blocks whose text is more than this share of link text are navigation, not body. */
  static final double MAX_LINK_DENSITY = 0.5;

  /** An element holding more than this share of the page's prose is never chrome. */
  static final double MAX_CHROME_SHARE = 0.5;

  private static final Set<String> CHROME_TAGS =
      Set.of(
          "script",
          "style",
          "nav",
          "header",
          "footer",
          "aside",
          "form",
          "iframe",
          "noscript",
          "svg",
          "button",
          "template",
          "figcaption",
          "dialog",
          "select",
          "input",
          "textarea",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "map",
          "label",
          "menu",
          "figure",
          "picture");
  private static final Set<String> ALWAYS_REMOVED =
      Set.of("script", "style", "noscript", "template", "svg", "select", "textarea", "head");
  private static final Set<String> CANDIDATE_TAGS =
      Set.of("article", "main", "div", "section", "td", "font", "span");

  /** A sibling of the container holding this share of its prose belongs to the body too. */
  static final double SIBLING_SHARE = 0.2;

  /** A sibling with this many characters of prose in sentences is a lede, part of the body. */
  static final int MIN_LEDE_CHARS = 80;

  /** Siblings with more link text than this share are link lists, never body. */
  static final double MAX_SIBLING_LINK_DENSITY = 0.25;

  /** A line of an article header or teaser shorter than this many characters is not its lead. */
  static final int MIN_LEAD_CHARS = 60;

  /** A line of an article header this long is its lead even without a final full stop. */
  static final int MIN_UNPUNCTUATED_LEAD_CHARS = 150;

  /** Characters a sentence (or a lead ending in a quote or a colon) ends with. */
  private static final String SENTENCE_ENDS = ".!?…:\"“”»«)。！？";

  /** A block of at most this many words introducing a link list is that list's heading. */
  static final int MAX_LIST_HEADING_WORDS = 8;

  /** The body paragraphs of a page, chrome lines and the title left out; prunes by names too. */
  List<String> find(Document doc, String title) {
    return find(doc, title, true);
  }

  /**
   * The body paragraphs of a page.
   *
   * @param byName whether elements are also removed for their chrome class/id names (a page whose
   *     layout wrappers carry such names loses its body that way: retry without)
   */
  List<String> find(Document doc, String title, boolean byName) {
    Element body = doc.body();
    TextStats stats = TextStats.of(body);
    Set<Element> leads = prune(body, stats, byName);
    Element best = bestContainer(body, stats);
    List<Element> containers = withSiblings(best, stats);
    List<Element> ledes = LedeFinder.find(containers.get(0), leads, stats);
    if (!ledes.isEmpty()) {
      leads.addAll(ledes);
      List<Element> all = new ArrayList<>(ledes);
      all.addAll(containers);
      containers = all;
    }
    List<String> paragraphs = emit(containers, title, leads);
    if (paragraphs.isEmpty() && best != body) {
      paragraphs = emit(List.of(body), title, leads);
    }
    return paragraphs;
  }

  /**
   * Removes chrome elements from the body and their text from the counts. Elements are judged on
   * the counts before any removal, and removed after the pass. Article headers and teasers stay,
   * out of the counts (they do not decide the container), and are returned: only their prose is
   * emitted.
   */
  private static Set<Element> prune(Element body, TextStats stats, boolean byName) {
    int total = stats.prose(body);
    List<Element> chrome = new ArrayList<>();
    Set<Element> leads = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el) || el == body) {
              return FilterResult.CONTINUE;
            }
            Verdict verdict = judge(el, stats, total, byName);
            if (verdict == Verdict.LEAD) {
              leads.add(el);
            }
            if (verdict != Verdict.CHROME) {
              return FilterResult.CONTINUE;
            }
            chrome.add(el);
            stats.discount(el);
            return FilterResult.SKIP_ENTIRELY;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
              stats.settle(el);
              // After settling, so chrome removed inside it is not taken out twice.
              if (leads.contains(el)) {
                stats.discount(el);
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    chrome.forEach(Element::remove);
    return leads;
  }

  /** What pruning does with an element. */
  private enum Verdict {
    KEEP,
    CHROME,
    LEAD
  }

  private static Verdict judge(Element el, TextStats stats, int total, boolean byName) {
    String tag = el.normalName();
    if (ALWAYS_REMOVED.contains(tag) || isHidden(el)) {
      return Verdict.CHROME;
    }
    ChromeNames.Kind kind = ChromeNames.classify(el);
    if (isProtected(el, kind)) {
      return Verdict.KEEP;
    }
    if (byName && (kind == ChromeNames.Kind.COMMENTS || kind == ChromeNames.Kind.OVERLAY)) {
      return Verdict.CHROME;
    }
    boolean holdsArticle = total > 0 && stats.prose(el) > total * MAX_CHROME_SHARE;
    if (holdsArticle) {
      return Verdict.KEEP;
    }
    boolean lead =
        tag.equals("header") && (kind == ChromeNames.Kind.NONE || kind == ChromeNames.Kind.LEAD)
            || byName && kind == ChromeNames.Kind.LEAD;
    if (lead) {
      return stats.linkText(el) > stats.text(el) * MAX_SIBLING_LINK_DENSITY
          ? Verdict.CHROME
          : Verdict.LEAD;
    }
    return CHROME_TAGS.contains(tag) || (byName && kind == ChromeNames.Kind.CHROME)
        ? Verdict.CHROME
        : Verdict.KEEP;
  }

  private static boolean isProtected(Element el, ChromeNames.Kind kind) {
    String tag = el.normalName();
    return tag.equals("article") || tag.equals("main") || kind == ChromeNames.Kind.BODY;
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || el.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static Element bestContainer(Element body, TextStats stats) {
    int max = 0;
    List<Element> candidates = new ArrayList<>();
    List<Element> named = new ArrayList<>();
    for (Element el : body.getAllElements()) {
      if (el == body) {
        continue;
      }
      boolean isProtected = isProtected(el, ChromeNames.classify(el));
      if (CANDIDATE_TAGS.contains(el.normalName()) || isProtected) {
        candidates.add(el);
        max = Math.max(max, stats.prose(el));
      }
      if (isProtected) {
        named.add(el);
      }
    }
    if (max == 0) {
      return body;
    }
    Element bestNamed = null;
    for (Element c : named) {
      if (stats.prose(c) >= max * BODY_NAME_SHARE
          && (bestNamed == null || stats.prose(c) > stats.prose(bestNamed))) {
        bestNamed = c;
      }
    }
    if (bestNamed != null) {
      return bestNamed;
    }
    Element best = body;
    int bestDepth = -1;
    for (Element c : candidates) {
      if (stats.prose(c) >= max * CONTAINER_SHARE) {
        int depth = depth(c);
        if (depth > bestDepth) {
          best = c;
          bestDepth = depth;
        }
      }
    }
    return best;
  }

  private static int depth(Element el) {
    int depth = 0;
    for (Element p = el.parent(); p != null; p = p.parent()) {
      depth++;
    }
    return depth;
  }

  /**
   * The container and those of its siblings that hold prose too (a lede or a second body part
   * beside the main one), in document order.
   */
  private static List<Element> withSiblings(Element best, TextStats stats) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      return List.of(best);
    }
    int prose = stats.prose(best);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best || isProseSibling(sibling, prose, stats)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean isProseSibling(Element el, int bestProse, TextStats stats) {
    int text = stats.text(el);
    if (text == 0 || stats.linkText(el) > text * MAX_SIBLING_LINK_DENSITY) {
      return false;
    }
    return stats.prose(el) >= bestProse * SIBLING_SHARE
        || (stats.prose(el) >= MIN_LEDE_CHARS && el.text().contains(". "));
  }

  private static List<String> emit(List<Element> containers, String title, Set<Element> leads) {
    List<Blocks.Block> blocks = new ArrayList<>();
    containers.forEach(c -> blocks.addAll(Blocks.of(c, leads)));
    List<Blocks.Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Blocks.Block block = blocks.get(i);
      String p = block.text();
      if (isLinks(block)
          || (block.lead() && !isLeadProse(p))
          || ChromeLines.isChrome(p)
          || p.equalsIgnoreCase(title)
          || (i + 1 < blocks.size() && isLinks(blocks.get(i + 1)) && isListHeading(block))) {
        continue;
      }
      out.add(block);
    }
    // A heading that ends the body heads nothing of it: what it introduced was chrome.
    while (!out.isEmpty() && isDanglingHeading(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out.stream().map(Blocks.Block::text).toList();
  }

  /**
   * Whether a line of an article header or teaser is its lead paragraph rather than its title,
   * kicker, byline, date or credit: long enough, and a sentence.
   */
  static boolean isLeadProse(String p) {
    if (p.length() < MIN_LEAD_CHARS) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    return p.length() >= MIN_UNPUNCTUATED_LEAD_CHARS || SENTENCE_ENDS.indexOf(last) >= 0;
  }

  private static boolean isDanglingHeading(Blocks.Block block) {
    return isListHeading(block) && (block.isHeading() || block.text().endsWith(":"));
  }

  private static boolean isLinks(Blocks.Block block) {
    return block.linkDensity() > MAX_LINK_DENSITY;
  }

  /** A short line not ending a sentence, such as "Read also" or "More from the section". */
  private static boolean isListHeading(Blocks.Block block) {
    String p = block.text();
    char last = p.charAt(p.length() - 1);
    return Paragraphs.words(p) <= MAX_LIST_HEADING_WORDS && last != '.' && last != '!';
  }
}
