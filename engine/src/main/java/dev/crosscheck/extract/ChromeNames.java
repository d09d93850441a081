package dev.crosscheck.extract;

import dev.crosscheck.text.Memo;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The class, id and role vocabulary of page chrome (navigation, sharing, related links, comments,
 * advertising) and of article bodies ({@code entry-content}, {@code article-body}). Stems are
 * matched inside the names, so {@code post-share-bar} is chrome; a few short words only as whole
 * words ({@code ad}, {@code nav}). Stateless and thread-safe.
 */
final class ChromeNames {
  private static final Stems CHROME =
      new Stems(
          "share",
          "sharing",
          "social",
          "sociable",
          "related",
          "newsletter",
          "subscri",
          "cookie",
          "consent",
          "promo",
          "sidebar",
          "breadcrumb",
          "bread-crumb",
          "footer",
          "advert",
          "banner",
          "popup",
          "outbrain",
          "taboola",
          "criteo",
          "sponsor",
          "disqus",
          "byline",
          "signup",
          "paywall",
          "recommend",
          "masthead",
          "trending",
          "mostread",
          "most-read",
          "most-popular",
          "mostpopular",
          "navbar",
          "navigation",
          "navbox",
          "subnav",
          "menu",
          "viral",
          "syndication",
          "widget",
          "rating",
          "timestamp",
          "user-info",
          "user-profile",
          "toolbar",
          "modal",
          "dialog",
          "skip-link",
          "skiplink",
          "tag-list",
          "taglist",
          "tagcloud",
          "post-tags",
          "article-tags",
          "entry-tags",
          "keywords",
          "pagination",
          "pager",
          "next-post",
          "prev-post",
          "post-nav",
          "side-stories",
          "read-more",
          "readmore",
          "more-stories",
          "more-articles",
          "author-box",
          "authorbox",
          "about-author",
          "author-bio",
          "infoline",
          "article-infos",
          "print-only",
          "screen-reader",
          "sr-only",
          "visually-hidden",
          "login",
          "search",
          "complementary",
          "contentinfo",
          "caption",
          "credit",
          "copyright");
  private static final Stems OVERLAY =
      new Stems("cookie", "consent", "popup", "pop-up", "modal", "gdpr", "dsgvo", "interstitial");
  private static final Set<String> CHROME_WORDS =
      Set.of("ad", "ads", "nav", "tags", "author", "meta", "share", "skip", "most", "aside");

  /**
   * Names of article headers and teasers: chrome as a whole (title, byline, date), but often
   * holding the lead paragraph. Checked after every other chrome name, so {@code teaser-list} or
   * {@code header-nav} stay chrome.
   */
  private static final Stems LEAD = new Stems("teaser");

  private static final Set<String> LEAD_WORDS = Set.of("header");
  private static final Stems BODY =
      new Stems(
          "articlebody",
          "article-body",
          "article_body",
          "article-content",
          "article_content",
          "articlecontent",
          "article-text",
          "articletext",
          "article__body",
          "article__content",
          "story-body",
          "storybody",
          "story-content",
          "storycontent",
          "story-text",
          "entry-content",
          "entry_content",
          "entrycontent",
          "entry-body",
          "post-content",
          "post_content",
          "postcontent",
          "post-body",
          "post_body",
          "postbody",
          "post-text",
          "post_text",
          "post-entry",
          "postentry",
          "field-body",
          "body-text",
          "bodytext",
          "text-content",
          "content-body",
          "article-main",
          "main-content",
          "maincontent",
          "rich-text",
          "richtext",
          "news-content",
          "news-text",
          "single-content",
          "blog-content",
          "page-content");

  /**
   * Kinds of the class/id/role strings seen lately. Pages repeat their class names hundreds of
   * times, and sites across pages; classifying one scans a hundred stems. Bounded: cleared when
   * full.
   */
  /** How many class/id/role strings {@link #SEEN} holds before it starts over. */
  static final int MAX_SEEN = 50_000;

  /** Longer class/id/role strings are classified afresh, never kept (hostile pages bloat them). */
  static final int MAX_SEEN_CHARS = 200;

  private static final Memo<Kind> SEEN =
      new Memo<>(key -> classifyNames(names(key)), MAX_SEEN, MAX_SEEN_CHARS);

  private ChromeNames() {}

  /** What an element's names say it is. */
  enum Kind {
    /** The article body ({@code entry-content}, {@code itemprop=articleBody}). */
    BODY,
    /** A comment section: never the article, however long. */
    COMMENTS,
    /** An overlay (cookie consent, pop-up, modal): chrome however much text it holds. */
    OVERLAY,
    /** Other chrome (navigation, sharing, related links, advertising). */
    CHROME,
    /** An article header or teaser: chrome but for the lead paragraph it may hold. */
    LEAD,
    /** Nothing known. */
    NONE
  }

  /** What the element's class, id, role and itemprop say it is; the first kind that fits. */
  static Kind classify(Element el) {
    if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return Kind.BODY;
    }
    String cls = el.attr("class");
    String id = el.attr("id");
    String role = el.attr("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return Kind.NONE;
    }
    return SEEN.get(cls + ' ' + id + ' ' + role);
  }

  private static Kind classifyNames(String names) {
    if (BODY.occursIn(names)) {
      return Kind.BODY;
    }
    if (namesComments(names)) {
      return Kind.COMMENTS;
    }
    if (OVERLAY.occursIn(names)) {
      return Kind.OVERLAY;
    }
    if (CHROME.occursIn(names) || hasWord(names, CHROME_WORDS)) {
      return Kind.CHROME;
    }
    return LEAD.occursIn(names) || hasWord(names, LEAD_WORDS) ? Kind.LEAD : Kind.NONE;
  }

  /**
   * Whether the names say "comments", not "commentary" or "commentator" (an opinion piece is the
   * article).
   */
  private static boolean namesComments(String names) {
    for (int i = names.indexOf("comment"); i >= 0; i = names.indexOf("comment", i + 1)) {
      int end = i + "comment".length();
      if (!names.startsWith("ary", end) && !names.startsWith("ator", end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWord(String names, Set<String> words) {
    int start = 0;
    for (int i = 0; i <= names.length(); i++) {
      if (i == names.length() || !Character.isLetterOrDigit(names.charAt(i))) {
        if (i > start && words.contains(names.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * Class, id and role (space-separated), lower-cased, camel case split with a hyphen ("postBody"
   * to "post-body").
   */
  private static String names(String all) {
    StringBuilder out = new StringBuilder(all.length() + 4);
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(all.charAt(i - 1))) {
        out.append('-');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
