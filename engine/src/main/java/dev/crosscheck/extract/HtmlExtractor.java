package dev.crosscheck.extract;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An extractor for HTML pages (jsoup): metadata from meta tags and JSON-LD, the body from the
 * JSON-LD {@code articleBody} when it is long enough, else from the best-scoring container of the
 * page. Stateless and thread-safe.
 */
final class HtmlExtractor {
  /** A JSON-LD articleBody shorter than this many characters is not trusted as the body. */
  static final int MIN_JSON_LD_BODY_CHARS = 250;

  /** The JSON-LD body is used only when at least this share of the DOM body's length. */
  static final double MIN_JSON_LD_SHARE = 0.5;

  /** A body shorter than this many characters is searched again without pruning by names. */
  static final int MIN_BODY_CHARS = 250;

  private final BodyFinder bodyFinder = new BodyFinder();

  /** Extracts title, byline, date, site, address and body from an HTML page. */
  Extraction extract(String html) {
    Document doc = Jsoup.parse(html);
    JsonLd ld = JsonLd.read(doc);
    MetadataReader meta = new MetadataReader(doc, ld);
    String source = meta.source();
    String title = meta.title(source);
    String byline = meta.byline();
    String published = meta.published();
    String url = meta.url();
    List<String> dom = bodyFinder.find(doc, title, true);
    if (chars(dom) < MIN_BODY_CHARS) {
      List<String> lenient = bodyFinder.find(Jsoup.parse(html), title, false);
      dom = chars(lenient) > chars(dom) ? lenient : dom;
    }
    List<String> body = chooseBody(ld.articleBody(), dom);
    return new Extraction(title, byline, published, source, url, Paragraphs.join(body));
  }

  private static int chars(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }

  private static List<String> chooseBody(String articleBody, List<String> dom) {
    if (articleBody == null || articleBody.length() < MIN_JSON_LD_BODY_CHARS) {
      return dom;
    }
    int domLength = dom.stream().mapToInt(String::length).sum();
    if (articleBody.length() < domLength * MIN_JSON_LD_SHARE) {
      return dom;
    }
    String text = articleBody.contains("<") ? htmlToLines(articleBody) : articleBody;
    List<String> paragraphs =
        Arrays.stream(text.split("\\n+"))
            .map(Paragraphs::normalize)
            .filter(p -> !p.isEmpty() && !ChromeLines.isChrome(p))
            .toList();
    // One unbroken JSON-LD string loses the paragraphs the page shows; keep the page's then.
    return paragraphs.size() == 1 && dom.size() > 1 && domLength >= articleBody.length() * 0.8
        ? dom
        : paragraphs;
  }

  private static String htmlToLines(String fragment) {
    Document doc = Jsoup.parseBodyFragment(fragment);
    StringBuilder out = new StringBuilder();
    doc.body()
        .select("p, li, h2, h3, h4, blockquote")
        .forEach(e -> out.append(e.text()).append('\n'));
    return out.length() == 0 ? doc.body().text() : out.toString();
  }
}
