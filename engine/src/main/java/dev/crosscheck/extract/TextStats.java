package dev.crosscheck.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts of every element under a root, computed in one pass: all text, link text, and the
 * "prose" score (text outside links, in runs long enough to be sentences). Counting once keeps the
 * body search linear in the page size.
 */
final class TextStats {
  /** A text run shorter than this many non-space characters does not count as prose. */
  static final int MIN_PROSE_CHARS = 20;

  private static final int TEXT = 0;
  private static final int LINK = 1;
  private static final int PROSE = 2;
  private static final int[] NONE = new int[3];

  private final Map<Element, int[]> counts = new IdentityHashMap<>();
  private final Map<Element, int[]> pending = new IdentityHashMap<>();

  private TextStats() {}

  /** Counts the text of every element under (and including) the root. */
  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  /** Non-space characters of all text under the element. */
  int text(Element el) {
    return get(el)[TEXT];
  }

  /** Non-space characters of link text under the element. */
  int linkText(Element el) {
    return get(el)[LINK];
  }

  /** Non-space characters of prose (non-link runs of at least {@link #MIN_PROSE_CHARS}). */
  int prose(Element el) {
    return get(el)[PROSE];
  }

  /**
   * Takes an element about to be removed out of its ancestors' counts, lazily: its counts wait on
   * its parent until {@link #settle} passes the parent, so a pruning pass that settles each element
   * after its children stays linear however deep the page.
   */
  void discount(Element el) {
    int[] mine = counts.get(el);
    Element parent = el.parent();
    if (mine != null && parent != null && counts.containsKey(parent)) {
      add(pending.computeIfAbsent(parent, p -> new int[3]), mine);
    }
  }

  /** Applies what was discounted under the element, once all its children were visited. */
  void settle(Element el) {
    int[] removed = pending.remove(el);
    if (removed == null) {
      return;
    }
    int[] mine = counts.get(el);
    for (int i = 0; i < mine.length; i++) {
      mine[i] -= removed[i];
    }
    Element parent = el.parent();
    if (parent != null && counts.containsKey(parent)) {
      add(pending.computeIfAbsent(parent, p -> new int[3]), removed);
    }
  }

  private static void add(int[] to, int[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  private int[] get(Element el) {
    return counts.getOrDefault(el, NONE);
  }

  private final class Counter implements NodeVisitor {
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element el) {
        counts.put(el, new int[3]);
        if (el.normalName().equals("a")) {
          linkDepth++;
        }
      } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        int chars = nonSpace(t.getWholeText());
        int[] c = counts.get(parent);
        c[TEXT] += chars;
        if (linkDepth > 0) {
          c[LINK] += chars;
        } else if (chars >= MIN_PROSE_CHARS) {
          c[PROSE] += chars;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el) {
        if (el.normalName().equals("a")) {
          linkDepth--;
        }
        int[] mine = counts.get(el);
        int[] up = el.parent() == null ? null : counts.get(el.parent());
        if (up != null) {
          up[TEXT] += mine[TEXT];
          up[LINK] += mine[LINK];
          up[PROSE] += mine[PROSE];
        }
      }
    }
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }
}
