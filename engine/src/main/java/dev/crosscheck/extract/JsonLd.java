package dev.crosscheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article fields of a page's JSON-LD ({@code <script type="application/ld+json">}), read from
 * the first object whose {@code @type} is an article type. Any field may be null.
 */
record JsonLd(
    String headline,
    String author,
    String datePublished,
    String articleBody,
    String publisher,
    String url) {

  /** No JSON-LD article on the page. */
  static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle");

  /** Reads the first JSON-LD article of a page; malformed blocks are skipped. */
  static JsonLd read(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode article = findArticle(MAPPER.readTree(script.data()));
        if (article != null) {
          return of(article);
        }
      } catch (IOException | RuntimeException e) {
        // A broken block on a page is common; the page's other sources still count.
      }
    }
    return NONE;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        JsonNode found = findArticle(child);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticle(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"));
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static JsonLd of(JsonNode article) {
    return new JsonLd(
        text(article.get("headline")),
        names(article.get("author")),
        text(article.get("datePublished")),
        text(article.get("articleBody")),
        names(article.get("publisher")),
        urlOf(article));
  }

  private static String urlOf(JsonNode article) {
    String url = text(article.get("url"));
    if (url != null) {
      return url;
    }
    JsonNode page = article.get("mainEntityOfPage");
    return page != null && page.isObject() ? text(page.get("@id")) : text(page);
  }

  /** A person or organization, or a list of them, as names joined by " and ". */
  private static String names(JsonNode node) {
    if (node == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode one : node.isArray() ? node : List.of(node)) {
      String name = one.isObject() ? text(one.get("name")) : text(one);
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(" and ", names);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
