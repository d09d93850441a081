package dev.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page chrome a line of text can be: section labels, comment and share prompts, newsletter and
 * cookie notices, copyright lines. Body filler ("Stay tuned for further updates") and headings
 * inside the body ("Key Takeaways") are not chrome. Stateless and thread-safe.
 */
public final class ChromeLines {
  /** Lines longer than this many words are body text, whatever they start with. */
  static final int MAX_CHROME_WORDS = 30;

  /** Cookie notices run longer than other chrome. */
  static final int MAX_COOKIE_WORDS = 80;

  /** Longer lines cannot be chrome (even cookie notices are shorter): skips the word count. */
  static final int MAX_CHROME_CHARS = 2000;

  private static final Set<String> LABELS =
      Set.of(
          "world",
          "politics",
          "business",
          "sports",
          "sport",
          "opinion",
          "home",
          "homepage",
          "live",
          "live tv",
          "watch live",
          "newsletter",
          "newsletters",
          "news",
          "latest",
          "latest news",
          "breaking news",
          "top stories",
          "trending",
          "trending now",
          "tech",
          "technology",
          "science",
          "health",
          "entertainment",
          "culture",
          "lifestyle",
          "travel",
          "video",
          "videos",
          "photos",
          "podcasts",
          "markets",
          "economy",
          "climate",
          "weather",
          "local",
          "national",
          "international",
          "us",
          "u.s.",
          "uk",
          "europe",
          "asia",
          "africa",
          "americas",
          "middle east",
          "menu",
          "search",
          "login",
          "log in",
          "sign in",
          "sign up",
          "register",
          "subscribe",
          "share",
          "tweet",
          "print",
          "email",
          "comments",
          "comment",
          "advertisement",
          "advertising",
          "sponsored",
          "sponsored content",
          "more",
          "read more",
          "related",
          "related posts",
          "related articles",
          "related stories",
          "related news",
          "you may also like",
          "recommended",
          "recommended for you",
          "most popular",
          "most read",
          "leave a reply",
          "leave a comment",
          "post a comment",
          "add a comment",
          "comments are closed",
          "previous article",
          "next article",
          "previous post",
          "next post",
          "skip to content",
          "skip to main content",
          "back to top",
          "tags",
          "share this",
          "share this article",
          "share this story",
          "follow us",
          "cancel reply",
          "post comment",
          "submit comment",
          "name",
          "name *",
          "email *",
          "website",
          "save my name, email, and website in this browser for the next time i comment.",
          "you might also like",
          "more stories",
          "more from",
          "editor's picks",
          "editors' picks",
          "related coverage",
          "more on this story",
          "print this article",
          // German
          "mehr zum thema",
          "weitere informationen",
          "über den autor",
          "über die autorin",
          "zum autor",
          "zur autorin",
          "about the author",
          "à propos de l'auteur",
          "sobre el autor",
          "kontakt",
          "contact",
          "permalink",
          "permalien",
          "gefällt mir",
          "gefällt mir wird geladen",
          "liken",
          "wird geladen",
          "lade weitere inhalte",
          "mehr laden",
          "load more",
          "loading",
          "explore further",
          "mehr zu diesem thema",
          "auch interessant",
          "das könnte sie auch interessieren",
          "das könnte dich auch interessieren",
          "verwandte artikel",
          "verwandte beiträge",
          "ähnliche artikel",
          "ähnliche beiträge",
          "weitere artikel",
          "neueste artikel",
          "neueste beiträge",
          "beliebte artikel",
          "meistgelesen",
          "zum weiterlesen",
          "lesen sie auch",
          "auch lesen",
          "weiterlesen",
          "artikel teilen",
          "beitrag teilen",
          "teilen",
          "drucken",
          "artikel drucken",
          "kommentieren",
          "kommentar verfassen",
          "kommentar schreiben",
          "kommentare",
          "keine kommentare",
          "anzeige",
          "werbung",
          "inhaltsverzeichnis",
          "bewerten",
          // French, Spanish, Italian, Polish
          "à lire aussi",
          "lire aussi",
          "sur le même sujet",
          "articles similaires",
          "partager",
          "commentaires",
          "publicité",
          "te puede interesar",
          "lee también",
          "noticias relacionadas",
          "compartir",
          "comentarios",
          "publicidad",
          "leggi anche",
          "condividi",
          "czytaj także",
          "czytaj też",
          "zobacz też",
          "zobacz także",
          "drukuj",
          "udostępnij",
          "komentarze",
          "reklama");

  private static final List<Pattern> PREFIXES =
      List.of(
          compile("subscribe (to|for|now|today)\\b"),
          compile("sign up (for|to)\\b"),
          compile("share (this|on|via)\\b"),
          compile("follow us\\b"),
          compile("(read|see) (more|also)\\s*:"),
          compile("(also read|read next|related|see also|more)\\s*:"),
          // "Read also" and "more on this" in the languages of the pages we see most.
          compile(
              "(lesen sie (auch|mehr)|auch lesen|mehr zum thema|mehr dazu|siehe auch"
                  + "|schon gelesen|zum weiterlesen|weiterlesen|lire aussi|à lire aussi|voir aussi"
                  + "|à découvrir|lee también|le puede interesar|te puede interesar|ver también"
                  + "|leggi anche|czytaj (też|także|również|więcej)|zobacz (też|także|również)"
                  + "|dowiedz się więcej)\\b"),
          compile("click here\\b"),
          compile("(copyright\\s*(©|\\(c\\)|\\d{4})|©|\\(c\\)\\s*\\d{4})"),
          compile("(sponsored content|paid content)\\s*:"),
          compile("(download|get) (our|the) app\\b"),
          compile("listen to this article\\b"),
          compile("(you must be logged in|log in to (comment|reply))\\b"),
          compile("your email address will not be published\\b"),
          compile("(previous|next) (article|post|story)\\s*:"));

  /** Beginnings of short lines (see {@link #MAX_SHORT_WORDS}) that point to more of the site. */
  private static final Pattern MORE_OF_THE_SITE =
      compile(
          "(weitere (aktuelle )?(themen|artikel|beiträge|nachrichten|meldungen|news)"
              + "|mehr (artikel|beiträge|nachrichten|news|themen)|top[- ]?themen|topmeldungen"
              + "|(entdecke|entdecken sie|discover|explore) (weitere|mehr|more)"
              + "|(weitere|mehr) (infos?|informationen) (unter|auf|gibt es|finden sie)"
              + "|more (news|stories|articles)|autres articles|más noticias)\\b");

  /** Lines of at most this many words are checked against {@link #MORE_OF_THE_SITE}. */
  static final int MAX_SHORT_WORDS = 8;

  private static final Pattern RIGHTS =
      compile(
          "\\b(all rights reserved|alle rechte vorbehalten|tous droits réservés"
              + "|todos los derechos reservados|tutti i diritti riservati"
              + "|wszelkie prawa zastrzeżone)\\b");
  private static final Pattern COOKIES =
      compile(
          "\\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie"
              + " (policy|settings|preferences)|by continuing to (use|browse))\\b");

  /** Punctuation (and space) trimmed from the start of a line: bullets, pipes, arrows. */
  private static final String LEADING_PUNCTUATION = " •·|>»-";

  /** Punctuation (and space) trimmed from the end of a line: colons, ellipses, arrows. */
  private static final String TRAILING_PUNCTUATION = " :.…!|»›>-";

  private ChromeLines() {}

  /** Whether a line (or short paragraph) is page chrome rather than article text. */
  public static boolean isChrome(String line) {
    if (line == null || line.length() > MAX_CHROME_CHARS) {
      return false;
    }
    String norm = normalize(line);
    if (norm.isEmpty()) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < norm.length(); i++) {
      if (norm.charAt(i) == ' ') {
        words++;
      }
    }
    if (words > MAX_COOKIE_WORDS) {
      return false;
    }
    if (COOKIES.matcher(norm).find()) {
      return true;
    }
    if (words > MAX_CHROME_WORDS) {
      return false;
    }
    if (LABELS.contains(norm) || RIGHTS.matcher(norm).find()) {
      return true;
    }
    for (Pattern prefix : PREFIXES) {
      if (prefix.matcher(norm).lookingAt()) {
        return true;
      }
    }
    if (words <= MAX_SHORT_WORDS && MORE_OF_THE_SITE.matcher(norm).lookingAt()) {
      return true;
    }
    return MetaLines.isMeta(norm, words) || PromptLines.isPrompt(norm, words);
  }

  /**
   * The line with runs of spaces (no-break spaces too) made one space, leading bullets and trailing
   * punctuation trimmed, lower-cased. A loop rather than regular expressions: it runs on every
   * paragraph of every page.
   */
  static String normalize(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean inSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u00a0' || c == ' ' || (c >= '\t' && c <= '\r')) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && LEADING_PUNCTUATION.indexOf(out.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING_PUNCTUATION.indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    return out.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
