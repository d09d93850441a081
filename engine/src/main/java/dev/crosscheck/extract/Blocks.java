package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A splitter of an element's text into blocks, the way a browser lays it out: each block-level
 * element (paragraph, heading, list item, table row, div) starts a new block, inline elements run
 * on. Each block carries how much of its text is link text. Iterative, so deep trees are safe.
 */
final class Blocks {
  /** Elements that break the text flow into separate blocks. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "frame",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "listing",
          "main",
          "menu",
          "nav",
          "noscript",
          "ol",
          "p",
          "plaintext",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "xmp",
          "option",
          "caption");

  /**
   * Ruby annotations (the reading of East Asian characters printed above them) and their fallback
   * parentheses: not part of the running text.
   */
  private static final Set<String> RUBY_NOTES = Set.of("rt", "rp");

  /** Table cells: their text runs on within the row, separated by a space. */
  private static final Set<String> CELL_TAGS = Set.of("td", "th");

  /**
   * One block of text.
   *
   * @param text the text, whitespace normalized
   * @param linkChars how many of its characters are inside links
   * @param tag the tag of the element that opened the block
   * @param lead whether the block lies in an article header or teaser (see {@link #of(Element,
   *     Set)}), whose lines are body only when they are prose
   */
  record Block(String text, int linkChars, String tag, boolean lead) {
    /** The share of the text inside links, 0 to 1. */
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
  }

  private Blocks() {}

  /** The blocks of an element's text, in document order, empty ones left out. */
  static List<Block> of(Element root) {
    return of(root, Set.of());
  }

  /**
   * The blocks of an element's text, in document order, empty ones left out; blocks inside one of
   * the given elements are marked {@link Block#lead()}.
   */
  static List<Block> of(Element root, Set<Element> leads) {
    Splitter splitter = new Splitter(root.normalName(), leads);
    NodeTraversor.traverse(splitter, root);
    splitter.flush(root.normalName());
    return splitter.blocks;
  }

  private static final class Splitter implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    int leadDepth;
    int rubyDepth;
    String tag;
    final Set<Element> leads;

    Splitter(String tag, Set<Element> leads) {
      this.tag = tag;
      this.leads = leads;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (rubyDepth > 0) {
          return;
        }
        String s = t.getWholeText();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += Paragraphs.normalize(s).length();
        }
      } else if (node instanceof Element el) {
        String name = el.normalName();
        if (name.equals("a")) {
          linkDepth++;
        } else if (RUBY_NOTES.contains(name)) {
          rubyDepth++;
        } else if (name.equals("br")) {
          // A line break ends a line of text as a paragraph does (addresses, link lines, verse).
          flush(tag);
        } else if (CELL_TAGS.contains(name)) {
          text.append(' ');
        } else if (BLOCK_TAGS.contains(name)) {
          flush(name);
        } else if (name.equals("img") || name.equals("wbr")) {
          text.append(name.equals("img") ? " " : "");
        }
        if (!leads.isEmpty() && leads.contains(el)) {
          flush(tag);
          leadDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el) {
        if (!leads.isEmpty() && leads.contains(el)) {
          flush(tag);
          leadDepth--;
        }
        String name = el.normalName();
        if (name.equals("a")) {
          linkDepth--;
        } else if (RUBY_NOTES.contains(name)) {
          rubyDepth--;
        } else if (CELL_TAGS.contains(name)) {
          text.append(' ');
        } else if (BLOCK_TAGS.contains(name)) {
          flush(el.parent() == null ? name : el.parent().normalName());
        }
      }
    }

    void flush(String next) {
      String norm = Paragraphs.normalize(text.toString());
      if (!norm.isEmpty()) {
        blocks.add(new Block(norm, Math.min(linkChars, norm.length()), tag, leadDepth > 0));
      }
      text.setLength(0);
      linkChars = 0;
      tag = next;
    }
  }
}
