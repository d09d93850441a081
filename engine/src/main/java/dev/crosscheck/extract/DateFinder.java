package dev.crosscheck.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A finder of a publication date where pages leave it out of their metadata: in the address ({@code
 * /2021/05/31/}) or in the short text of an element named as a date ({@code class="date"}, {@code
 * <time>}), written as {@code 31.05.2021}, {@code 31. Mai 2021} or {@code May 31, 2021} (English,
 * German, French and Spanish month names). Scripts are never read. Thread-safe.
 */
final class DateFinder {
  /** Elements whose text is longer than this many characters are not date lines. */
  static final int MAX_DATE_TEXT_CHARS = 120;

  private static final Pattern ARCHIVE_PREFIX = Pattern.compile("^.*?/web/\\d{8,14}[a-z_]*/");
  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final String DATE_ELEMENTS =
      "time, [class*=date], [id*=date], [class*=publish], [class*=posted], [itemprop*=date],"
          + " [class*=time], [class*=meta]";
  private static final Map<String, Integer> MONTHS = months();

  private DateFinder() {}

  /** The date an address states in its path ({@code /2021/05/31/}), or null. */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(ARCHIVE_PREFIX.matcher(url).replaceFirst(""));
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** The first date written in the text of the page's date elements, or null. */
  static String fromDateElements(Document doc) {
    if (doc.body() == null) {
      return null;
    }
    for (Element el : doc.body().select(DATE_ELEMENTS)) {
      String text = el.text();
      if (!text.isEmpty() && text.length() <= MAX_DATE_TEXT_CHARS) {
        String date = fromText(text);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The first date written in a short text, or null. */
  static String fromText(String text) {
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), month.toString(), m.group(1));
      }
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), month.toString(), m.group(2));
      }
    }
    return null;
  }

  private static String date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero"},
      {"february", "feb", "februar", "février", "fevrier", "febrero"},
      {"march", "mar", "märz", "maerz", "mars", "marzo"},
      {"april", "apr", "avril", "abril"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juni", "juin", "junio"},
      {"july", "jul", "juli", "juillet", "julio"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre"}
    };
    Map<String, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        out.put(name, i + 1);
      }
    }
    return Map.copyOf(out);
  }
}
