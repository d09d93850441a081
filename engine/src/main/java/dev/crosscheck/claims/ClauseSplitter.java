package dev.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into atomic clauses, each stating one fact: clauses joined by a coordinating
 * conjunction after a comma or by a semicolon ("The port closed, and officials said ..."), and
 * non-restrictive relative clauses ("the Kestrel Dawn, which left 14 people hurt"), which become
 * their own clause with the noun phrase they describe while the main clause goes on without them.
 * Attributions are not split off: "X said that ..." and a trailing ", officials said" stay with
 * what they attribute. Nothing inside quotation marks is split. Without a part-of-speech model a
 * clause is recognized by a finite-verb cue (an auxiliary, a verb of saying, a past form), and a
 * split is made only when both sides have one, so lists of names ("Rubio, Witkoff, and Waltz") and
 * shared-subject verb phrases ("..., and said ...") stay whole.
 */
final class ClauseSplitter {
  /** The fewest words of a clause split off; shorter pieces stay with their neighbour. */
  static final int MIN_CLAUSE_WORDS = 3;

  /** The most words of the noun phrase a relative clause is attached to. */
  static final int MAX_ANTECEDENT_WORDS = 6;

  /**
   * One clause of a sentence.
   *
   * @param text the clause as written (a substring of the sentence, or for a main clause around a
   *     relative clause, the sentence with that clause cut out)
   * @param start offset of the clause's first character in the sentence
   * @param relative whether the clause is a relative clause with its noun phrase
   */
  record Clause(String text, int start, boolean relative) {}

  private static final Pattern COORDINATION =
      Pattern.compile(",\\s+(?:and|but|while|whereas|yet)\\s+|;\\s+");
  private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who)\\s+");

  // Auxiliaries, modals and frequent irregular past forms: finite-verb cues.
  private static final Set<String> VERBS =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
          "might", "must", "shall", "should", "did", "does", "do", "said", "says", "told", "left",
          "made", "took", "gave", "sent", "met", "came", "went", "saw", "found", "kept", "held",
          "led", "began", "became", "won", "lost", "got", "put", "set", "hit", "cut", "ran",
          "spent", "sold", "paid", "built", "brought", "thought", "fell", "rose", "struck", "spoke",
          "wrote", "knew", "remains", "remain", "won't", "isn't", "wasn't", "didn't");

  // A noun phrase ends (walking back) at these: prepositions, conjunctions, verbs of saying.
  private static final Set<String> PHRASE_BOUNDARIES =
      Set.of(
          "before", "after", "in", "on", "at", "from", "to", "by", "with", "for", "about", "during",
          "since", "until", "into", "than", "as", "that", "and", "or", "but", "said", "says",
          "told", "is", "are", "was", "were", "has", "have", "had", "against", "over");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
          "these", "those", "some", "all", "any", "each", "every", "no");

  // Adverbs that end a clause: a ", which" after them refers to the clause.
  private static final Set<String> ADVERBS =
      Set.of(
          "soon",
          "now",
          "today",
          "yesterday",
          "tomorrow",
          "again",
          "too",
          "also",
          "later",
          "earlier",
          "here",
          "there",
          "away",
          "back",
          "ago");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");

  /** The clauses of {@code sentence}, in order; the sentence itself when it has one clause. */
  List<Clause> split(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return List.of();
    }
    boolean[] quoted = quoted(sentence);
    List<Clause> clauses = new ArrayList<>();
    List<int[]> relatives = relatives(sentence, quoted);
    // The main text: the sentence with its relative clauses cut out, as offsets kept in order.
    StringBuilder main = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    int from = 0;
    for (int[] r : relatives) {
      appendRange(sentence, from, r[1], main, offsets);
      from = r[3];
    }
    appendRange(sentence, from, sentence.length(), main, offsets);
    String mainText = main.toString();
    boolean[] mainQuoted = new boolean[mainText.length()];
    for (int i = 0; i < mainText.length(); i++) {
      mainQuoted[i] = quoted[offsets.get(i)];
    }
    int start = 0;
    Matcher m = COORDINATION.matcher(mainText);
    while (m.find()) {
      if (mainQuoted[m.start()]) {
        continue;
      }
      String left = mainText.substring(start, m.start());
      String right = mainText.substring(m.end(), nextBoundary(mainText, m.end(), mainQuoted));
      String first = firstWord(right);
      // "..., and said ..." or "..., while emphasizing ..." goes on with the same subject.
      if (isClause(left) && isClause(right) && !isVerb(first) && !first.endsWith("ing")) {
        clauses.add(new Clause(left.strip(), offsets.get(start), false));
        start = m.end();
      }
    }
    String rest = mainText.substring(start).strip();
    clauses.add(new Clause(rest, offsets.get(Math.min(start, offsets.size() - 1)), false));
    for (int[] r : relatives) {
      clauses.add(new Clause(sentence.substring(r[0], r[2]).strip(), r[0], true));
    }
    clauses.sort(java.util.Comparator.comparingInt(Clause::start));
    return clauses.size() == 1 ? List.of(new Clause(sentence.strip(), 0, false)) : clauses;
  }

  /**
   * Each non-restrictive relative clause as {antecedent start, comma, end, end of the cut from the
   * main clause}: it ends at the next comma outside quotes (the main clause goes on after it) or
   * before the final punctuation.
   */
  private static List<int[]> relatives(String sentence, boolean[] quoted) {
    List<int[]> found = new ArrayList<>();
    Matcher m = RELATIVE.matcher(sentence);
    int after = 0;
    while (m.find()) {
      if (quoted[m.start()] || m.start() < after) {
        continue;
      }
      int end = clauseComma(sentence, m.end(), quoted);
      boolean inner = end >= 0;
      if (!inner) {
        end = sentence.length();
        while (end > m.end() && ".!?".indexOf(sentence.charAt(end - 1)) >= 0) {
          end--;
        }
      }
      int antecedent =
          sententialWhich(sentence, m.start()) ? -1 : antecedentStart(sentence, m.start());
      String clause = sentence.substring(m.end(), end);
      if (antecedent < 0 || words(clause) < MIN_CLAUSE_WORDS - 1) {
        continue;
      }
      // The main clause goes on without the relative clause and its closing comma, unless that
      // comma also closes an apposition ("Greta Vollan, 67, who ..., said").
      boolean apposition = sentence.substring(antecedent, m.start()).contains(",");
      found.add(new int[] {antecedent, m.start(), end, inner && !apposition ? end + 1 : end});
      after = end;
    }
    return found;
  }

  /**
   * Where the noun phrase before a relative clause starts: walking back over at most {@link
   * #MAX_ANTECEDENT_WORDS} words to a preposition, conjunction, verb or comma; -1 when nothing
   * precedes the clause.
   */
  private static int antecedentStart(String sentence, int comma) {
    int start = comma;
    int words = 0;
    int i = comma;
    while (i > 0 && words < MAX_ANTECEDENT_WORDS) {
      int end = i;
      while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
        end--;
      }
      if (end == 0 || sentence.charAt(end - 1) == ';') {
        break;
      }
      if (sentence.charAt(end - 1) == ',') {
        // An age or other figure in apposition ("Greta Vollan, 67, who ...") belongs to the name.
        if (!sentence.substring(start, comma).strip().matches("\\d+")) {
          break;
        }
        end--;
      }
      int begin = end;
      while (begin > 0 && !Character.isWhitespace(sentence.charAt(begin - 1))) {
        begin--;
      }
      String word = sentence.substring(begin, end).toLowerCase(Locale.ROOT);
      if (PHRASE_BOUNDARIES.contains(word) || word.endsWith(",")) {
        if (word.equals("to")) {
          start = afterInfinitive(sentence, start, comma);
        }
        break;
      }
      start = begin;
      words++;
      i = begin;
    }
    return start == comma ? -1 : start;
  }

  /**
   * Where the noun phrase starts after "to": past an infinitive's verb ("to end | the war"), but
   * not past a determiner ("to | the port").
   */
  private static int afterInfinitive(String sentence, int start, int comma) {
    String phrase = sentence.substring(start, comma);
    int space = phrase.indexOf(' ');
    String first = space < 0 ? phrase : phrase.substring(0, space);
    if (space < 0
        || first.isEmpty()
        || !Character.isLowerCase(first.codePointAt(0))
        || DETERMINERS.contains(first)) {
      return start;
    }
    return start + space + 1;
  }

  /**
   * Whether a ", which" after an adverb ("... in Saudi Arabia soon, which has intensified ...")
   * comments on the whole clause before it rather than on a noun.
   */
  private static boolean sententialWhich(String sentence, int comma) {
    int begin = sentence.lastIndexOf(' ', comma - 1) + 1;
    String word = sentence.substring(begin, comma);
    return ADVERBS.contains(word) || (word.length() > 4 && word.endsWith("ly"));
  }

  /** The next comma ending a clause (followed by a space, not inside quotes), or -1. */
  private static int clauseComma(String sentence, int from, boolean[] quoted) {
    for (int i = from; i < sentence.length() - 1; i++) {
      if (sentence.charAt(i) == ','
          && !quoted[i]
          && Character.isWhitespace(sentence.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static void appendRange(
      String sentence, int from, int to, StringBuilder out, List<Integer> offsets) {
    for (int i = from; i < to; i++) {
      out.append(sentence.charAt(i));
      offsets.add(i);
    }
  }

  private static int nextBoundary(String text, int from, boolean[] quoted) {
    Matcher m = COORDINATION.matcher(text);
    int at = from;
    while (m.find(at)) {
      if (!quoted[m.start()]) {
        return m.start();
      }
      at = m.end();
    }
    return text.length();
  }

  /** Which characters are inside quotation marks. */
  private static boolean[] quoted(String sentence) {
    boolean[] inside = new boolean[sentence.length()];
    // A sentence that closes a quote before opening one continues a quote begun before it.
    int close = sentence.indexOf('”');
    int opening = sentence.indexOf('“');
    boolean open = close >= 0 && (opening < 0 || close < opening) || closesStraightQuote(sentence);
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        open = true;
      } else if (c == '”' || c == '»') {
        inside[i] = true;
        open = false;
        continue;
      } else if (c == '"') {
        open = !open;
      }
      inside[i] = open;
    }
    return inside;
  }

  /**
   * Whether the sentence's first straight quotation mark closes a quote begun in an earlier
   * sentence: an odd count, and the first one right after punctuation ("... showed it," he said).
   */
  private static boolean closesStraightQuote(String sentence) {
    int first = sentence.indexOf('"');
    if (first <= 0 || sentence.chars().filter(c -> c == '"').count() % 2 == 0) {
      return false;
    }
    return ",.!?".indexOf(sentence.charAt(first - 1)) >= 0;
  }

  /** Whether a piece has enough words and a finite-verb cue to be a clause. */
  private static boolean isClause(String piece) {
    if (words(piece) < MIN_CLAUSE_WORDS) {
      return false;
    }
    Matcher m = WORD.matcher(piece);
    while (m.find()) {
      if (isVerb(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(String word) {
    if (word.isEmpty() || Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
    return VERBS.contains(w) || (w.length() > 4 && w.endsWith("ed"));
  }

  private static String firstWord(String piece) {
    Matcher m = WORD.matcher(piece);
    return m.find() ? m.group() : "";
  }

  private static int words(String piece) {
    int n = 0;
    Matcher m = WORD.matcher(piece);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
