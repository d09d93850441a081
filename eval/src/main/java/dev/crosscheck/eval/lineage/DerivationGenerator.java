package dev.crosscheck.eval.lineage;

import dev.crosscheck.model.Article;
import dev.crosscheck.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives articles from a real source article by each {@link Transformation}, reproducibly from a
 * seed. The derived articles carry no dates: lineage must be inferred from the text.
 */
public final class DerivationGenerator {
  /** Share of sentences a {@link Transformation#SENTENCE_DROPS} derivation removes. */
  static final double DROP_SHARE = 0.2;

  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(,\\d{3})*\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern ROLE =
      Pattern.compile(
          "\\b(Secretary|Director|director|Minister|minister|Senator|Ambassador|ambassador"
              + "|adviser|advisor|Adviser|chairman|Chairman|Attorney General|spokesman|spokeswoman)"
              + "\\b");
  // Quotation marks paired left to right: the text between two quotes is not a quote.
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"|“([^“”]*)”");

  /** Quotes shorter than this (in characters) are names or scare quotes, left alone. */
  static final int MIN_QUOTE = 20;
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  // Padding in the style of AI-expanded pages; the engine's filler rules are not derived from it.
  private static final String[] FILLER = {
    "This development underscores the growing importance of the issue for everyone involved.",
    "Observers say the situation remains fluid and could evolve in unexpected ways.",
    "The implications of this are far-reaching and will be felt for years to come.",
    "It is a stark reminder of how quickly circumstances can change.",
    "Such moments highlight the complexity of modern politics.",
    "Only time will tell how this chapter will ultimately be remembered.",
    "As events continue to unfold, many are watching closely.",
    "Experts agree that the stakes could hardly be higher.",
    "This marks a pivotal moment in an already turbulent period.",
    "The broader significance of these events should not be underestimated."
  };
  private static final String[] HEADINGS = {"Key Takeaways", "Background", "What Happens Next"};

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** One derived article per transformation, ids {@code <source>~<transformation>}. */
  public List<DerivedArticle> derive(Article source, long seed) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String paragraph : source.paragraphs()) {
      for (String line : paragraph.split("\\n")) {
        List<String> sentences = splitter.split(line);
        if (!sentences.isEmpty()) {
          paragraphs.add(sentences);
        }
      }
    }
    List<DerivedArticle> derived = new ArrayList<>();
    for (Transformation t : Transformation.values()) {
      Random random = new Random(seed * 31 + t.ordinal());
      derived.add(derive(source, paragraphs, t, random));
    }
    return derived;
  }

  private DerivedArticle derive(
      Article source, List<List<String>> paragraphs, Transformation t, Random random) {
    List<List<String>> out = copy(paragraphs);
    List<String> changed = new ArrayList<>();
    int filler = 0;
    switch (t) {
      case VERBATIM -> {}
      case SENTENCE_DROPS -> drop(out, random);
      case REORDERING -> reorder(out, random);
      case SYNONYM_SPINNING -> {
        map(out, s -> Rewording.spin(s, 0.7, random));
        changed.addAll(driftedQuotes(paragraphs, out));
      }
      case REFORMULATION -> {
        map(out, s -> Rewording.reformulate(s, random));
        changed.addAll(driftedQuotes(paragraphs, out));
      }
      case PADDING -> filler = pad(out, random);
      case CHANGED_FACTS -> changed.addAll(changeFacts(out, random));
    }
    String text = join(out);
    String id = source.id() + "~" + t.label();
    Article article =
        new Article(id, "generated:" + id, source.title(), null, null, null, null, "en", text);
    return new DerivedArticle(article, source.id(), t, changed, filler);
  }

  private static void drop(List<List<String>> paragraphs, Random random) {
    for (List<String> p : paragraphs) {
      p.removeIf(s -> random.nextDouble() < DROP_SHARE);
    }
    paragraphs.removeIf(List::isEmpty);
  }

  private static void reorder(List<List<String>> paragraphs, Random random) {
    if (paragraphs.size() < 4) {
      Collections.reverse(paragraphs);
      return;
    }
    // Keep the lead, move the rest around as rewriters of wire copy do.
    List<List<String>> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
    Collections.shuffle(rest, random);
    paragraphs.subList(1, paragraphs.size()).clear();
    paragraphs.addAll(rest);
  }

  private interface SentenceMap {
    String apply(String sentence);
  }

  private static void map(List<List<String>> paragraphs, SentenceMap f) {
    for (List<String> p : paragraphs) {
      p.replaceAll(f::apply);
    }
  }

  private static int pad(List<List<String>> paragraphs, Random random) {
    int added = 0;
    List<List<String>> padded = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0 && i % 3 == 0 && i / 3 <= HEADINGS.length) {
        padded.add(new ArrayList<>(List.of(HEADINGS[i / 3 - 1])));
      }
      List<String> p = new ArrayList<>(paragraphs.get(i));
      p.add(FILLER[random.nextInt(FILLER.length)]);
      added++;
      padded.add(p);
    }
    paragraphs.clear();
    paragraphs.addAll(padded);
    return added;
  }

  /** Changes a number, a weekday, a role and a quote, each in a different sentence. */
  private static List<String> changeFacts(List<List<String>> paragraphs, Random random) {
    List<String> changed = new ArrayList<>();
    List<int[]> slots = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (int s = 0; s < paragraphs.get(p).size(); s++) {
        slots.add(new int[] {p, s});
      }
    }
    Collections.shuffle(slots, random);
    boolean number = false;
    boolean day = false;
    boolean role = false;
    boolean quote = false;
    for (int[] slot : slots) {
      String sentence = paragraphs.get(slot[0]).get(slot[1]);
      String result = null;
      if (!number && NUMBER.matcher(sentence).find()) {
        result = replaceFirst(sentence, NUMBER, m -> changeNumber(m, random));
        number = true;
      } else if (!day && WEEKDAY.matcher(sentence).find()) {
        result = replaceFirst(sentence, WEEKDAY, m -> otherDay(m, random));
        day = true;
      } else if (!role && ROLE.matcher(sentence).find() && !sentence.contains("former")) {
        result = replaceFirst(sentence, ROLE, m -> "former " + m);
        role = true;
      } else if (!quote && longQuote(sentence) != null) {
        MatchResult m = longQuote(sentence);
        result =
            sentence.substring(0, m.start())
                + driftQuote(m.group(), random)
                + sentence.substring(m.end());
        quote = true;
      }
      if (result != null && !result.equals(sentence)) {
        paragraphs.get(slot[0]).set(slot[1], result);
        changed.add(result);
      }
    }
    return changed;
  }

  private interface Replacer {
    String replace(String match);
  }

  private static String replaceFirst(String text, Pattern pattern, Replacer replacer) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    return text.substring(0, m.start()) + replacer.replace(m.group()) + text.substring(m.end());
  }

  private static String changeNumber(String number, Random random) {
    long value = Long.parseLong(number.replace(",", ""));
    long changed = value + 1 + random.nextInt(9) + (value >= 20 ? value / 3 : 0);
    return Long.toString(changed);
  }

  private static String otherDay(String day, Random random) {
    String other;
    do {
      other = WEEKDAYS[random.nextInt(WEEKDAYS.length)];
    } while (other.equals(day));
    return other;
  }

  /** Changes the wording inside a quote: drops one word and swaps two neighbours. */
  private static String driftQuote(String quoted, Random random) {
    String open = quoted.substring(0, 1);
    String close = quoted.substring(quoted.length() - 1);
    List<String> words =
        new ArrayList<>(List.of(quoted.substring(1, quoted.length() - 1).split(" ")));
    if (words.size() > 4) {
      words.remove(1 + random.nextInt(words.size() - 2));
      int i = 1 + random.nextInt(words.size() - 2);
      Collections.swap(words, i, i + 1);
    }
    return open + String.join(" ", words) + close;
  }

  /**
   * The rewritten sentences whose quoted words changed: a spinner that rewords inside quotation
   * marks changes what someone said, which a fact-checker wants flagged.
   */
  private static List<String> driftedQuotes(List<List<String>> before, List<List<String>> after) {
    List<String> drifted = new ArrayList<>();
    for (int p = 0; p < before.size(); p++) {
      for (int s = 0; s < before.get(p).size(); s++) {
        if (!quotes(before.get(p).get(s)).equals(quotes(after.get(p).get(s)))) {
          drifted.add(after.get(p).get(s));
        }
      }
    }
    return drifted;
  }

  private static List<String> quotes(String sentence) {
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(sentence);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      if (inner.length() >= MIN_QUOTE) {
        quotes.add(inner);
      }
    }
    return quotes;
  }

  /** The first quote of at least {@link #MIN_QUOTE} characters, or null. */
  private static MatchResult longQuote(String sentence) {
    Matcher m = QUOTE.matcher(sentence);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      if (inner.length() >= MIN_QUOTE) {
        return m.toMatchResult();
      }
    }
    return null;
  }

  private static List<List<String>> copy(List<List<String>> paragraphs) {
    List<List<String>> copy = new ArrayList<>();
    paragraphs.forEach(p -> copy.add(new ArrayList<>(p)));
    return copy;
  }

  private static String join(List<List<String>> paragraphs) {
    List<String> out = new ArrayList<>();
    paragraphs.forEach(p -> out.add(String.join(" ", p)));
    return String.join("\n\n", out);
  }
}
