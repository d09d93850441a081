package dev.crosscheck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.CalendarWords;
import dev.crosscheck.text.Stopwords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word scanner of {@link EntityFinder} finds what the regex version it replaced
 * found (kept here as the reference), on canned, random and empty text.
 */
class EntityFinderEquivalenceTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
  private static final Pattern SENTENCE_GAP = Pattern.compile("[.!?:;\"“”‘(\\[\n]");

  // Letters, digits, joiners, gap characters, spaces and line breaks, other scripts, numbers of
  // other kinds (Ⅻ, ½, ²), a supplementary letter and number, and a lone surrogate.
  private static final String[] PIECES = {
    "A",
    "b",
    "Z",
    "é",
    "É",
    "ß",
    "Ж",
    "ж",
    "中",
    "ǅ",
    "ʰ",
    "7",
    "Ⅻ",
    "½",
    "²",
    "٣",
    "'",
    "’",
    ".",
    "&",
    "-",
    "!",
    "?",
    ":",
    ";",
    "\"",
    "“",
    "”",
    "‘",
    "(",
    "[",
    ")",
    "]",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2003",
    ",",
    "/",
    "𝐀",
    "𝟙",
    "\ud800",
    "Mr.",
    "U.S.",
    "U.S.'s",
    "Kim Jong-un",
    "Port of Velmora",
    "Monday",
    "The",
    "the",
    "O'Neil",
    "AT&T",
    " said ",
    "\n\n"
  };

  private final EntityFinder finder = new EntityFinder();

  @Test
  void cannedTextGivesTheRegexResult() {
    String text =
        "The U.S. envoy met Kim Jong-un in Port of Velmora on Monday. “Talks went well,”"
            + " O'Neil said (AT&T was there).\n\nNew York's mayor; Ⅻ guests. 中国 Ж ½.";
    assertThat(List.copyOf(finder.find(text))).isEqualTo(List.copyOf(reference(text)));
  }

  @Test
  void seededRandomTextGivesTheRegexResult() {
    Random random = new Random(20261121);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertThat(List.copyOf(finder.find(s))).as(s).isEqualTo(List.copyOf(reference(s)));
    }
  }

  @Test
  void emptyTextGivesNothing() {
    assertThat(finder.find("")).isEqualTo(reference(""));
    assertThat(finder.find("  \n ")).isEmpty();
  }

  /** {@link EntityFinder#find} as it was written with a regex search per word and per gap. */
  private static Set<String> reference(String text) {
    Set<String> entities = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return entities;
    }
    List<Object[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = 0;
    boolean previousEndsSentence = true;
    while (m.find()) {
      String gap = text.substring(previousEnd, m.start());
      String word = m.group();
      boolean sentenceStart = previousEndsSentence || SENTENCE_GAP.matcher(gap).find();
      boolean separated = !gap.isBlank() || gap.indexOf('\n') >= 0;
      words.add(
          new Object[] {
            EntityFinder.normalize(word),
            Character.isUpperCase(word.codePointAt(0)),
            sentenceStart,
            separated
          });
      previousEnd = m.end();
      previousEndsSentence = word.endsWith(".");
    }
    Set<String> namesInside = new HashSet<>();
    for (Object[] w : words) {
      if ((boolean) w[1] && !(boolean) w[2]) {
        namesInside.add((String) w[0]);
      }
    }
    List<String> run = new ArrayList<>();
    for (Object[] w : words) {
      String normalized = (String) w[0];
      boolean capital = (boolean) w[1];
      boolean sentenceStart = (boolean) w[2];
      if (sentenceStart || (boolean) w[3]) {
        flush(run, entities);
      }
      boolean usable =
          capital
              && normalized.length() > 1
              && !CalendarWords.WEEKDAYS.contains(normalized)
              && !CalendarWords.MONTHS.contains(normalized)
              && (!sentenceStart || namesInside.contains(normalized));
      if (usable) {
        for (String part : normalized.split("-")) {
          if (!part.isEmpty()) {
            run.add(part);
          }
        }
      } else {
        flush(run, entities);
      }
    }
    flush(run, entities);
    return entities;
  }

  private static void flush(List<String> run, Set<String> entities) {
    for (String word : run) {
      if (!Stopwords.isStopword(word)) {
        entities.add(word);
      }
    }
    if (run.size() > 1) {
      entities.add(String.join(" ", run));
    }
    run.clear();
  }
}
