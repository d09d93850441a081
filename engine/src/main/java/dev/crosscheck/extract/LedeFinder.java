package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A finder of an article's lead paragraph when the page keeps it apart from the body container: an
 * element before the body, near it, that the page marks as the summary ({@code
 * itemprop=description}, a lead, intro, teaser or standfirst class) or that sits in the article
 * header. Only its prose is kept (see {@link BodyFinder#isLeadProse}). Stateless and thread-safe.
 */
final class LedeFinder {
  /** How many levels above the body container a lead paragraph is looked for. */
  static final int MAX_LEVELS = 4;

  /** At most this many lead elements are taken: a page has one lead, perhaps with a subtitle. */
  static final int MAX_LEDES = 2;

  /** Lead elements with more link text than this share are teaser links, not a lead. */
  static final double MAX_LINK_DENSITY = 0.25;

  private static final Stems LEDE_NAMES =
      new Stems(
          "lead", "lede", "intro", "teaser", "standfirst", "subheadline", "sub-headline", "dek");

  private LedeFinder() {}

  /**
   * The lead elements before the first container, in document order, none inside another.
   *
   * @param first the first body container
   * @param leads elements pruning kept as article headers or teasers
   */
  static List<Element> find(Element first, Set<Element> leads, TextStats stats) {
    Element scope = first;
    for (int i = 0; i < MAX_LEVELS && scope.parent() != null; i++) {
      if (scope.parent().normalName().equals("body")) {
        break;
      }
      scope = scope.parent();
    }
    List<Element> out = new ArrayList<>();
    if (scope == first) {
      return out;
    }
    Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = first.parent(); p != null && p != scope.parent(); p = p.parent()) {
      above.add(p);
    }
    // Document order up to the body container; a lead found is not searched inside.
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == first || out.size() == MAX_LEDES) {
              return FilterResult.STOP;
            }
            if (!(node instanceof Element el) || above.contains(el)) {
              return FilterResult.CONTINUE;
            }
            if (isLede(el, leads, stats)) {
              out.add(el);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        scope);
    return out;
  }

  private static boolean isLede(Element el, Set<Element> leads, TextStats stats) {
    int text = stats.text(el);
    if (text == 0 || stats.linkText(el) > text * MAX_LINK_DENSITY) {
      return false;
    }
    boolean marked =
        el.attr("itemprop").equalsIgnoreCase("description")
            || leads.contains(el)
            || LEDE_NAMES.occursIn(names(el));
    return marked && BodyFinder.isLeadProse(Paragraphs.normalize(el.text()));
  }

  private static String names(Element el) {
    String cls = el.attr("class");
    String id = el.attr("id");
    return cls.isEmpty() && id.isEmpty() ? "" : (cls + ' ' + id).toLowerCase(Locale.ROOT);
  }
}
