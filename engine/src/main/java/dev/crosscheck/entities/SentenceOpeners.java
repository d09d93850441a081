package dev.crosscheck.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence's first words tell, whose capital says nothing: openers that are no part of a
 * name ("Despite", "Senior", "Residents of"), demonyms, and the words an article capitalizes
 * elsewhere, which a first word needs to count as a name.
 */
final class SentenceOpeners {
  /** Words that open sentences but are no stopwords ("Despite Keith Kellogg's efforts"). */
  static final Set<String> OPENERS =
      Set.of(
          "despite",
          "although",
          "though",
          "amid",
          "following",
          "including",
          "like",
          "unlike",
          "citing",
          "besides",
          "instead",
          "whereas",
          "unless",
          "upon",
          "within",
          "without",
          "toward",
          "towards",
          "across",
          "behind",
          "beyond",
          "near",
          "today",
          "yesterday",
          "tomorrow",
          "earlier",
          "later",
          "asked");

  /** Lower-case words qualifying a role ("special envoy", "Foreign Minister"). */
  static final Set<String> TITLE_ADJECTIVES =
      Set.of(
          "special",
          "top",
          "senior",
          "chief",
          "foreign",
          "national",
          "security",
          "defense",
          "defence",
          "state",
          "economic",
          "military",
          "presidential",
          "prime",
          "general",
          "assistant",
          "associate",
          "press",
          "policy",
          "political",
          "campaign",
          "project",
          "department",
          "finance",
          "interior",
          "health",
          "justice",
          "trade",
          "u.s",
          "us",
          "un",
          "eu",
          "uk");

  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ish|ese|ican|ench|utch|eek)");

  private SentenceOpeners() {}

  /**
   * The single words (lower case) that {@code sentences} write capitalized after their first word.
   */
  static Set<String> knownNames(List<String> sentences) {
    Set<String> known = new HashSet<>();
    for (String sentence : sentences) {
      String[] words = words(sentence.strip());
      // The first word with a letter opens the sentence, after a bullet ("- Senior officials").
      int first = 0;
      while (first < words.length && !hasLetter(words[first])) {
        first++;
      }
      for (int i = first + 1; i < words.length; i++) {
        String w = lettersOnEdges(words[i]) ? words[i] : EDGES.matcher(words[i]).replaceAll("");
        if (!w.isEmpty()
            && Character.isUpperCase(w.codePointAt(0))
            && !words[i - 1].endsWith(".")) {
          known.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return known;
  }

  /**
   * The words of a stripped sentence, as splitting it at {@code \\s+} gives them (one empty word
   * for an empty sentence): every sentence of every article of a story is split.
   */
  static String[] words(String stripped) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= stripped.length(); i++) {
      boolean blank = i == stripped.length() || isBlank(stripped.charAt(i));
      if (!blank && start < 0) {
        start = i;
      } else if (blank && start >= 0) {
        words.add(stripped.substring(start, i));
        start = -1;
      }
    }
    return words.isEmpty() ? new String[] {stripped} : words.toArray(new String[0]);
  }

  /** A blank as a pattern's {@code \\s} means it: ASCII only. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // Non-letters at either end of a word.
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  /**
   * Whether {@code word} matches {@code .*\\p{L}.*}: it has a letter, and no line terminator (which
   * {@code .} does not match).
   */
  private static boolean hasLetter(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029') {
        return false;
      }
      letter |= Character.isLetter(cp);
      i += Character.charCount(cp);
    }
    return letter;
  }

  /** Whether {@code word} starts and ends with a letter: then {@link #EDGES} removes nothing. */
  private static boolean lettersOnEdges(String word) {
    return !word.isEmpty()
        && Character.isLetter(word.codePointAt(0))
        && Character.isLetter(word.codePointBefore(word.length()));
  }

  /**
   * Whether a sentence's first word only qualifies what follows ("Senior U.S. officials", "Top US
   * envoy"): a title adjective or modifier written capitalized nowhere else.
   */
  static boolean isAdjective(String bare, Set<String> known) {
    return !known.contains(bare)
        && (TITLE_ADJECTIVES.contains(bare) || Titles.MODIFIERS.containsKey(bare));
  }

  /**
   * Whether a sentence's first word, before "of" and a name, is a common noun ("Residents of
   * Saltmarsh"): written capitalized nowhere else, and no role, organisation or place word ("Port
   * of Velmora", "Secretary of State").
   */
  static boolean isCommonNoun(String bare, Set<String> known) {
    return !known.contains(bare)
        && !Titles.ROLES.contains(bare)
        && !Titles.HONORIFICS.contains(bare)
        && !Titles.ORGANISATION_WORDS.contains(bare)
        && !Titles.PLACE_WORDS.contains(bare);
  }

  /** Whether a capitalized word has a people's suffix ("European", "British", "Chinese"). */
  static boolean isDemonym(String word) {
    return DEMONYM.matcher(word).matches();
  }
}
