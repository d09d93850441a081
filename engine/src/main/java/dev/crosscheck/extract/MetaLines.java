package dev.crosscheck.extract;

import java.util.regex.Pattern;

/**
 * The lines of page metadata that sit among body paragraphs: a bare date or time, a reading time, a
 * picture credit, a category label. Articles state dates inside sentences; a line holding only one
 * is the page's dateline. Stateless and thread-safe.
 */
final class MetaLines {
  /** Credit and caption labels are short: a longer line starting so is a sentence of the body. */
  static final int MAX_CREDIT_WORDS = 12;

  /** Only digits and date/time separators, with at least four digits ("23.10.2018", "19:49"). */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?=(?:\\D*\\d){4})[\\d\\s./:,-]+(uhr|h|am|pm)?");

  /** A day, a month name and a year, or a month name, a day and a year ("11 jan 2019"). */
  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(\\p{L}+,? )?(\\d{1,2}\\.? \\p{L}{3,10}\\.?,? \\d{4}|\\p{L}{3,10}\\.? \\d{1,2},? \\d{4})"
              + "( [-|,]? ?\\d{1,2}[:.]\\d{2}( ?(uhr|h|am|pm))?)?");

  /** "5 min read", "Lesezeit: 3 Minuten", "4 minutes de lecture". */
  private static final Pattern READING_TIME =
      Pattern.compile(
          "((lesezeit|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*)?"
              + "(ca\\. )?\\d{1,2}\\s*(min|mins|minute|minutes|minuten)\\.?"
              + "(\\s*(read|lesezeit|lesen|de lecture|de lectura))?",
          Pattern.UNICODE_CASE);

  /** A label for a picture's credit or caption, or the page's section, then a colon. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(foto|fotos|photo|photos|bild|bilder|image|images|credit|credits|crédits?( photos?)?"
              + "|titelbild|beitragsbild|bildquelle|bildnachweis|abbildung( \\d+)?|grafik"
              + "|quelle|quellen|source|sources|fuente|źródło|źródła"
              + "|kategorie|kategorien|category|categories|catégorie|categoría|rubrik"
              + "|schlagwörter|schlagworte|stichwörter)\\s*:");

  /** A credit at the end of a caption: "..., Foto: Andina", "(Credit: Jane Doe / Agency)". */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "[\\s(|,.](foto|fotos|photo|photos|bild|credit|crédit|image|quelle|source)s?\\s*:"
              + "\\s*[^.:!?]{1,60}\\)?$");

  /** A disclosure that the page is paid for or carries affiliate links. */
  private static final Pattern DISCLOSURE =
      Pattern.compile(
          "\\b(affiliate|affiliate-links?|(enthält|contains) (werbung|anzeigen?|advertising)"
              + "|from one or more of our advertisers|advertisers do not influence)\\b");

  /** A publication or update date with its label: "Publiziert: 03.04.2020, 12:35". */
  private static final Pattern DATED =
      Pattern.compile(
          "(veröffentlicht|veröffentlichung|publiziert|aktualisiert|erstellt|stand|published|updated|posted"
              + "|last updated|news date|release date|publié|mis à jour|publicado|actualizado"
              + "|opublikowano|aktualizacja)( am| on| le| el| the)?\\s*:?\\s*(\\p{L}+,? )?\\d");

  /** A statement that the text is the author's opinion, not the site's. */
  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "\\b(gibt (die|ausschließlich die) meinung|n'engagent que|(do|does) not necessarily"
              + " (reflect|represent)|is not responsible for the (opinions|content)"
              + "|no (necesariamente )?refleja|(alle )?angaben ohne gewähr)\\b");

  /** A count of comments, or none: "Keine Kommentare", "12 Comments". */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile(
          "(keine|no|\\d+) (kommentare|comments|commentaires|comentarios|komentarzy|komentarze)\\b");

  /** Where a list is paged: "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt". */
  private static final Pattern PAGING =
      Pattern.compile("\\b\\d+ ?(bis|to|-|–) ?\\d+ (von|of|de|z) (insgesamt )?\\d+\\b");

  /** A file to download with its size: "Bericht 2021 (PDF, 38 KB)". */
  private static final Pattern DOWNLOAD =
      Pattern.compile("\\b(pdf|docx?|xlsx?|pptx?|zip)\\b.*\\b\\d+([.,]\\d+)? ?(kb|mb|kib|mib)\\b");

  /** A statement of the text's or the site's licence. */
  private static final Pattern LICENCE =
      Pattern.compile(
          "\\b(website|webseite|site|text|beitrag|artikel|article|inhalte|contenido|contenu)\\b"
              + ".*\\b(lizenz|license|licence|licencia|licencja|cc[- ]by|creative commons)");

  /** A dated label ("Updated on 3 May 2022, 10:15") is at most this many words long. */
  static final int MAX_DATED_WORDS = 8;

  /** A caption or disclosure is at most this many words long. */
  static final int MAX_CAPTION_WORDS = 40;

  private MetaLines() {}

  /**
   * Whether a normalized line (lower-case, spaces collapsed, trailing punctuation trimmed; see
   * {@link ChromeLines#normalize}) is page metadata.
   *
   * @param words the line's word count
   */
  static boolean isMeta(String norm, int words) {
    if (words <= 8
        && (NUMERIC_DATE.matcher(norm).matches()
            || WORD_DATE.matcher(norm).matches()
            || READING_TIME.matcher(norm).matches())) {
      return true;
    }
    if (words <= MAX_CREDIT_WORDS && LABEL.matcher(norm).lookingAt()) {
      return true;
    }
    if (words <= MAX_DATED_WORDS
        && (DATED.matcher(norm).lookingAt()
            || COMMENT_COUNT.matcher(norm).lookingAt()
            || DOWNLOAD.matcher(norm).find())) {
      return true;
    }
    if (words <= MAX_CREDIT_WORDS && PAGING.matcher(norm).find()) {
      return true;
    }
    return words <= MAX_CAPTION_WORDS
        && (norm.indexOf('©') >= 0
            || DISCLAIMER.matcher(norm).find()
            || LICENCE.matcher(norm).find()
            || TRAILING_CREDIT.matcher(norm).find()
            || DISCLOSURE.matcher(norm).find());
  }
}
