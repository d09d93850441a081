package dev.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A reader of an HTML page's metadata: title, byline, publication date, site name and canonical
 * address, from meta tags, JSON-LD and a few well-known elements. Scripts other than JSON-LD are
 * never read. One reader per page: the meta tags are indexed once. Immutable.
 */
final class MetadataReader {
  private static final List<String> DATE_METAS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "datePublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "DC.date",
          "DC.date.issued",
          "DC.Date",
          "dc.date.created",
          "dcterms.date",
          "dcterms.created",
          "dcterms.issued",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "cXenseParse:recs:publishtime",
          "originalPublicationDate");
  private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(written\\s+)?by\\s*:?\\s+");
  private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·]\\s+");

  /** A heading shorter than this is a label, not a headline that can stand for the title. */
  static final int MIN_HEADING_CHARS = 10;

  private final Document doc;
  private final JsonLd ld;
  private final Map<String, String> metas;

  /** A reader of one page, whose JSON-LD article has been read. */
  MetadataReader(Document doc, JsonLd ld) {
    this.doc = doc;
    this.ld = ld;
    this.metas = index(doc);
  }

  /** The first non-blank content of each meta key (property, name or itemprop), lower-cased. */
  private static Map<String, String> index(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content");
      if (content.isBlank()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop")) {
        String key = meta.attr(attr);
        if (!key.isEmpty()) {
          out.putIfAbsent(attr + ":" + key.toLowerCase(Locale.ROOT), content.strip());
        }
      }
    }
    return out;
  }

  /** The site's name: og:site_name, else the JSON-LD publisher. */
  String source() {
    return firstNonBlank(meta("og:site_name"), ld.publisher());
  }

  /** The headline, with a " | Site" suffix removed when it names the site. */
  String title(String siteName) {
    Element h1 = doc.selectFirst("h1");
    String title =
        firstNonBlank(
            meta("og:title"),
            ld.headline(),
            meta("twitter:title"),
            h1 == null ? null : h1.text(),
            doc.title());
    if (title == null) {
      return null;
    }
    title = stripSiteSuffix(Paragraphs.normalize(title), siteName);
    // A headline inside a longer title is the title without its decorations (site, section).
    String heading = h1 == null ? "" : Paragraphs.normalize(h1.text());
    boolean decorated =
        heading.length() >= MIN_HEADING_CHARS
            && heading.length() < title.length()
            && title.toLowerCase(Locale.ROOT).contains(heading.toLowerCase(Locale.ROOT));
    return decorated ? heading : title;
  }

  static String stripSiteSuffix(String title, String siteName) {
    if (siteName == null || siteName.isBlank()) {
      return title;
    }
    String site = Paragraphs.normalize(siteName).toLowerCase(Locale.ROOT);
    var m = SUFFIX_SEPARATOR.matcher(title);
    int cut = -1;
    while (m.find()) {
      if (title.substring(m.end()).toLowerCase(Locale.ROOT).equals(site)) {
        cut = m.start();
      }
    }
    return cut > 0 ? title.substring(0, cut).strip() : title;
  }

  /** The author line: meta author, JSON-LD author, rel=author, or a .byline element. */
  String byline() {
    Element relAuthor = doc.selectFirst("[rel=author]");
    Element bylineElement = doc.selectFirst(".byline, [itemprop=author]");
    String byline =
        firstNonBlank(
            notUrl(meta("author")),
            ld.author(),
            notUrl(meta("article:author")),
            relAuthor == null ? null : relAuthor.text(),
            bylineElement == null ? null : bylineElement.text());
    return byline == null ? null : BY_PREFIX.matcher(Paragraphs.normalize(byline)).replaceFirst("");
  }

  /** The publication date, normalized to ISO-8601, from meta tags, JSON-LD or {@code <time>}. */
  String published() {
    for (String name : DATE_METAS) {
      String date = DateNormalizer.normalize(meta(name));
      if (date != null) {
        return date;
      }
    }
    String date = DateNormalizer.normalize(ld.datePublished());
    if (date != null) {
      return date;
    }
    for (Element time :
        doc.select("[itemprop=datePublished][datetime], time[pubdate], time[datetime]")) {
      date = DateNormalizer.normalize(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    date = DateFinder.fromUrl(url());
    return date != null ? date : DateFinder.fromDateElements(doc);
  }

  /** The canonical address: link rel=canonical, og:url, or the JSON-LD url. */
  String url() {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    return firstNonBlank(
        canonical == null ? null : canonical.attr("href"), meta("og:url"), ld.url());
  }

  /** The content of a meta tag named by property, name or itemprop (case-insensitive). */
  String meta(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String attr : List.of("property", "name", "itemprop")) {
      String content = metas.get(attr + ":" + lower);
      if (content != null) {
        return content;
      }
    }
    return null;
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://")
        ? null
        : value;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
