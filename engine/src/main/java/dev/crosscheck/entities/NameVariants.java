package dev.crosscheck.entities;

import dev.crosscheck.text.Memo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether two spellings name the same entity: the same words up to transliteration
 * ("Sergei" and "Sergey", "Zelensky" and "Zelenskyy", "Alexei" and "Aleksei"), diacritics
 * ("Rodríguez" and "Rodriguez") and case. Each word is reduced to a key that folds the letters
 * transliteration systems disagree on (y/i, ks/x, kh/h, ph/f, w/v, doubled letters); keys must be
 * equal, or, for words of {@link #MIN_FUZZY_LENGTH} letters or more, one edit apart with the same
 * consonants.
 */
public final class NameVariants {
  /** Shortest word (in letters) allowed one edit of difference. */
  public static final int MIN_FUZZY_LENGTH = 6;

  private NameVariants() {}

  /** Whether {@code a} and {@code b} are spellings of one name, word by word. */
  public static boolean same(String a, String b) {
    return sameKeys(NAMES.get(a).keys(), NAMES.get(b).keys());
  }

  /** Whether two single words are spellings of one name. */
  public static boolean sameWord(String a, String b) {
    return sameKey(key(a), key(b));
  }

  /** The {@link #key} of each of {@link #words}{@code (name)}: what {@link #sameKeys} compares. */
  static String[] wordKeys(String name) {
    String[] words = words(name);
    for (int i = 0; i < words.length; i++) {
      words[i] = key(words[i]);
    }
    return words;
  }

  /** {@link #same} on names already reduced to their {@link #wordKeys}. */
  static boolean sameKeys(String[] a, String[] b) {
    if (a.length != b.length || a.length == 0) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!sameKey(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@link #sameWord} on words already reduced to their {@link #key}. */
  static boolean sameKey(String ka, String kb) {
    if (ka.equals(kb)) {
      return true;
    }
    return Math.min(ka.length(), kb.length()) >= MIN_FUZZY_LENGTH
        && consonants(ka).equals(consonants(kb))
        && editDistance(ka, kb) <= 1;
  }

  /** Shortest shared start (in letters) that makes a place and its people one name. */
  public static final int MIN_STEM = 5;

  /**
   * Whether {@code a} and {@code b} may refer to one entity: the same name, one is the other's last
   * words ("Rubio", "Marco Rubio") or its first words ("Marco Rubio", "Marco Rubio Jr"), a place
   * and its people ("Ukraine", "Ukrainians"), or listed aliases ("Britain", "United Kingdom").
   */
  public static boolean compatible(String a, String b) {
    Name na = NAMES.get(a);
    Name nb = NAMES.get(b);
    String[] wa = na.keys();
    String[] wb = nb.keys();
    if (wa.length == 0 || wb.length == 0) {
      return false;
    }
    boolean aliases = na.aliasGroup() >= 0 && na.aliasGroup() == nb.aliasGroup();
    if (aliases || wa.length == 1 && wb.length == 1 && sameStem(wa[0], wb[0])) {
      return true;
    }
    String[] shorter = wa.length <= wb.length ? wa : wb;
    String[] longer = shorter == wa ? wb : wa;
    boolean suffix = true;
    boolean prefix = true;
    for (int i = 0; i < shorter.length; i++) {
      suffix &= sameKey(shorter[i], longer[longer.length - shorter.length + i]);
      prefix &= sameKey(shorter[i], longer[i]);
    }
    return suffix || prefix;
  }

  /**
   * A name as {@link #same} and {@link #compatible} compare it: the {@link #key} of each of its
   * {@link #words}, and its {@link NameAliases} group (-1 for none). Never handed out: the array is
   * shared by every caller of the memo.
   */
  private record Name(String[] keys, int aliasGroup) {
    static Name of(String name) {
      return new Name(wordKeys(name), NameAliases.groupOf(name));
    }
  }

  /** Whether two word keys share a start covering most of the shorter ("Israel", "Israeli"). */
  private static boolean sameStem(String ka, String kb) {
    int shared = 0;
    while (shared < Math.min(ka.length(), kb.length()) && ka.charAt(shared) == kb.charAt(shared)) {
      shared++;
    }
    return shared >= MIN_STEM && shared >= 0.75 * Math.min(ka.length(), kb.length());
  }

  /** The key of one word: lower case, no diacritics, transliteration differences folded. */
  static String key(String word) {
    return KEYS.get(word);
  }

  private static String computeKey(String word) {
    String w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    w = NOT_LETTER_OR_DIGIT.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
    w = w.replace("kh", "h").replace("ph", "f").replace("x", "ks").replace("w", "v");
    w = w.replace("y", "i").replace("j", "i").replace("ck", "k");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
        out.append(w.charAt(i));
      }
    }
    return out.toString();
  }

  private static String consonants(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ("aeiou".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The words of a name without initials ("S.") and generational suffixes ("Jr.", "III"). */
  static String[] words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAKS.split(name.strip())) {
      String bare = w.replace(".", "").toLowerCase(Locale.ROOT);
      boolean initial = bare.length() == 1 && w.endsWith(".");
      if (!w.isEmpty() && !initial && !SUFFIXES.contains(bare)) {
        words.add(w);
      }
    }
    return words.toArray(new String[0]);
  }

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  // Compiled once: names are compared pairwise across a story, millions of times in a large run.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  /**
   * Keys of the words seen lately: a story's names are compared pairwise, so the same few hundred
   * words are keyed again and again. Bounded: cleared when full; long words are never kept.
   */
  private static final int MAX_REMEMBERED = 100_000;

  private static final int MAX_REMEMBERED_CHARS = 40;
  private static final Memo<String> KEYS =
      new Memo<>(NameVariants::computeKey, MAX_REMEMBERED, MAX_REMEMBERED_CHARS);

  /**
   * Names seen lately: a story's names are compared pairwise (every statement's names against every
   * other's), so the same few hundred names are split and keyed again and again.
   */
  private static final int MAX_REMEMBERED_NAME_CHARS = 80;

  private static final Memo<Name> NAMES =
      new Memo<>(Name::of, MAX_REMEMBERED, MAX_REMEMBERED_NAME_CHARS);
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
