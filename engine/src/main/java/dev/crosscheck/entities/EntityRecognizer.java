package dev.crosscheck.entities;

import dev.crosscheck.text.CalendarWords;
import dev.crosscheck.text.Stopwords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in a sentence, with their kind and the title written with them. A name is a run
 * of capitalized words (joined by "of", "al", "von" and the like); a title is the run of role words
 * before it ("Secretary of State Marco Rubio", "former envoy Steve Witkoff") or an apposition after
 * it ("Richard Nephew, a former State Department official"). The kind comes from the context: a
 * title or courtesy title makes a person, an organisation or place word ends organisations and
 * places ("Justice Department", "Gaza City"), a place preposition ("in Riyadh") makes a place. A
 * sentence's first word is capitalized anyway, so there it starts a name only when it is followed
 * by another capitalized word or is known from elsewhere. Thread-safe.
 */
public final class EntityRecognizer {
  /** Most role words a title before a name may have. */
  public static final int MAX_TITLE_WORDS = 6;

  /** A word: what {@link #tokens} scans for by hand. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[A-Za-z]?");
  private static final Set<String> NOT_APPOSITION =
      Set.of("as", "and", "or", "but", "well", "with");

  private static final Pattern SENTENCE_GAP = Pattern.compile("[.!?:;\"“”‘(\\[]");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^\\s*,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}.'’-]+\\s+){0,"
              + MAX_TITLE_WORDS
              + "}?)("
              + String.join("|", Titles.ROLES)
              + ")(?=[\\s,.;]|$)",
          Pattern.CASE_INSENSITIVE);

  /** Whether {@code word} (lower case) names a role or title ("envoy", "minister", "sen"). */
  public static boolean isRoleWord(String word) {
    return Titles.ROLES.contains(word);
  }

  /**
   * The single words (lower case) that {@code sentences} write capitalized after their first word:
   * the names {@link #recognize(String, Set)} accepts as a sentence's first word.
   */
  public static Set<String> knownNames(List<String> sentences) {
    return SentenceOpeners.knownNames(sentences);
  }

  /** One word of the sentence. */
  private record Token(String text, String bare, int start, int end, boolean capital, String gap) {}

  /** The names of {@code sentence}, in order; none for null or blank text. */
  public List<Mention> recognize(String sentence) {
    return recognize(sentence, Set.of());
  }

  /**
   * The names of {@code sentence}, in order.
   *
   * @param known names (lower case, single words) written capitalized elsewhere in the article: a
   *     sentence's first word is a name when it is one of them
   */
  public List<Mention> recognize(String sentence, Set<String> known) {
    List<Mention> mentions = new ArrayList<>();
    if (sentence == null || sentence.isBlank()) {
      return mentions;
    }
    List<Token> tokens = tokens(sentence);
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capital()) {
        i++;
        continue;
      }
      int end = chunkEnd(tokens, i);
      chunk(sentence, tokens, i, end, known).ifPresent(mentions::add);
      i = end;
    }
    return mentions;
  }

  private static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int previousEnd = 0;
    // Scanned by hand as WORD reads: a letter or digit, then letters, digits and '’.&-.
    for (int start = nextWordStart(sentence, 0); start >= 0; ) {
      int wordEnd = wordEnd(sentence, start);
      String text = sentence.substring(start, wordEnd);
      int end = wordEnd;
      // A final dot ends the sentence unless the word is an abbreviation ("Mr.", "U.S.").
      if (text.endsWith(".") && !isAbbreviation(text)) {
        text = text.substring(0, text.length() - 1);
        end--;
      }
      tokens.add(
          new Token(
              text,
              Titles.bare(text),
              start,
              end,
              Character.isUpperCase(text.codePointAt(0)),
              sentence.substring(previousEnd, start)));
      previousEnd = wordEnd;
      start = nextWordStart(sentence, wordEnd);
    }
    return tokens;
  }

  /** Where the next {@link #WORD} starts at or after {@code from}, or -1. */
  static int nextWordStart(String sentence, int from) {
    for (int i = from; i < sentence.length(); ) {
      int cp = sentence.codePointAt(i);
      if (isLetterOrNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Where the {@link #WORD} starting at {@code start} ends. */
  static int wordEnd(String sentence, int start) {
    int i = start + Character.charCount(sentence.codePointAt(start));
    while (i < sentence.length()) {
      int cp = sentence.codePointAt(i);
      if (!isLetterOrNumber(cp) && "'’.&-".indexOf(cp) < 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\\p{L}\\p{N}]}: a letter, or a digit, letter number or other number. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isAbbreviation(String word) {
    String bare = Titles.bare(word);
    return word.length() <= 4 || bare.contains(".") || Titles.HONORIFICS.contains(bare);
  }

  /** The end (exclusive) of the capitalized run starting at {@code start}. */
  private static int chunkEnd(List<Token> tokens, int start) {
    int j = start + 1;
    while (j < tokens.size() && tokens.get(j).gap().isBlank()) {
      Token t = tokens.get(j);
      if (t.capital() && !isCalendar(t)) {
        j++;
      } else if (Titles.CONNECTORS.contains(t.text())
          && j + 1 < tokens.size()
          && tokens.get(j + 1).capital()
          && tokens.get(j + 1).gap().isBlank()) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isCalendar(Token t) {
    return CalendarWords.WEEKDAYS.contains(t.bare()) || CalendarWords.MONTHS.contains(t.bare());
  }

  private Optional<Mention> chunk(
      String sentence, List<Token> tokens, int start, int end, Set<String> known) {
    boolean opener =
        start == 0
            || SENTENCE_GAP.matcher(tokens.get(start).gap()).find()
            || endsSentence(tokens, start);
    int from = skipOpeners(tokens, start, end, opener);
    // After "Residents of" or "Senior", the name stands inside the sentence: no support needed.
    int skipped = from;
    if (opener
        && from == start
        && from + 2 < end
        && tokens.get(from + 1).text().equals("of")
        && SentenceOpeners.isCommonNoun(tokens.get(from).bare(), known)) {
      from += 2;
    } else if (opener
        && from == start
        && end - from > 1
        && SentenceOpeners.isAdjective(tokens.get(from).bare(), known)) {
      from++;
    }
    boolean commonOpener = from > skipped;
    int role = roleIndex(tokens, from, end);
    int nameStart = role < 0 ? from : role + 1;
    if (role >= 0 && tokens.get(nameStart).text().equals("of")) {
      int remaining = end - nameStart - 1;
      if (remaining < 2) {
        return Optional.empty();
      }
      nameStart = end - (remaining >= 3 ? 2 : 1);
    }
    if (nameStart >= end) {
      return Optional.empty();
    }
    if (role < 0 && nameStart == from && opener && !commonOpener && end - nameStart == 1) {
      Token only = tokens.get(nameStart);
      if (!known.contains(only.bare())) {
        return Optional.empty();
      }
    }
    Token first = tokens.get(nameStart);
    Token last = tokens.get(end - 1);
    int numberEnd = numberAfter(tokens, end);
    if (end - nameStart == 1
        && (first.bare().length() < 2
            || first.text().equals("I")
            || Titles.ROLES.contains(first.bare())
            || Titles.HONORIFICS.contains(first.bare()))) {
      return Optional.empty();
    }
    if (end - nameStart == 1 && role < 0 && isDemonymBeforeNoun(tokens, nameStart)) {
      return Optional.empty();
    }
    int nameEnd = numberEnd >= 0 ? numberEnd : last.end();
    String name = sentence.substring(first.start(), nameEnd);
    if (name.endsWith("'s") || name.endsWith("’s")) {
      name = name.substring(0, name.length() - 2);
    }
    String title = title(tokens, sentence, start, nameStart);
    boolean honorific = role >= 0 && Titles.HONORIFICS.contains(tokens.get(role).bare());
    if (title == null) {
      title = apposition(sentence.substring(last.end()));
    }
    EntityKind kind = kind(tokens, nameStart, end, title != null || honorific);
    return Optional.of(new Mention(name, kind, title, first.start(), nameEnd));
  }

  /**
   * The end of the number that numbers a place named by the run ending before {@code end} ("Quay
   * 7", "Gate 12"), or -1: only a place word takes a number, so "Rovers 2" in a score stays apart.
   */
  private static int numberAfter(List<Token> tokens, int end) {
    if (end >= tokens.size() || !Titles.PLACE_WORDS.contains(tokens.get(end - 1).bare())) {
      return -1;
    }
    Token next = tokens.get(end);
    Matcher digits = NUMBER.matcher(next.text());
    return next.gap().equals(" ") && digits.lookingAt() && digits.end() == next.bare().length()
        ? next.start() + digits.end()
        : -1;
  }

  /**
   * The first word of a run that may start a name: a sentence's opener is a function word written
   * with a capital ("The", "In"); inside a sentence it belongs to the name ("New York").
   */
  private static int skipOpeners(List<Token> tokens, int start, int end, boolean opener) {
    int from = start;
    while (from < end
        && !Titles.HONORIFICS.contains(tokens.get(from).bare())
        && (opener
                && (Stopwords.isStopword(tokens.get(from).bare())
                    || SentenceOpeners.OPENERS.contains(tokens.get(from).bare()))
            || tokens.get(from).bare().equals("the")
            || isCalendar(tokens.get(from)))) {
      from++;
    }
    return from;
  }

  /**
   * Whether a lone word is a demonym used as an adjective ("European leaders", "Russian
   * officials"): a people's suffix, and a lower-case word other than a speech verb right after.
   */
  private static boolean isDemonymBeforeNoun(List<Token> tokens, int index) {
    if (!SentenceOpeners.isDemonym(tokens.get(index).text()) || index + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(index + 1);
    return next.gap().equals(" ") && !next.capital() && !Titles.SPEECH_VERBS.contains(next.bare());
  }

  /**
   * The last role or courtesy word of a run that a name follows ("Sen." in "Florida Sen. Marco
   * Rubio"), or -1; none in "Justice Department", an institution named after a role.
   */
  private static int roleIndex(List<Token> tokens, int from, int end) {
    String lastWord = tokens.get(end - 1).bare();
    if (Titles.ORGANISATION_WORDS.contains(lastWord) || Titles.PLACE_WORDS.contains(lastWord)) {
      return -1;
    }
    int role = -1;
    for (int k = from; k < end - 1; k++) {
      String bare = tokens.get(k).bare();
      boolean plural =
          bare.endsWith("s") && Titles.ROLES.contains(bare.substring(0, bare.length() - 1));
      if (Titles.ROLES.contains(bare) || Titles.HONORIFICS.contains(bare) || plural) {
        role = k;
      }
    }
    return role;
  }

  private static boolean endsSentence(List<Token> tokens, int index) {
    return index > 0
        && tokens.get(index - 1).text().endsWith(".")
        && tokens.get(index).gap().isBlank()
        && !isAbbreviation(tokens.get(index - 1).text());
  }

  /**
   * The title before the name: the run's words before it ("Florida Sen.") and the lower-case role
   * words just before the run ("former envoy"); null unless a role word is among them.
   */
  private static String title(List<Token> tokens, String sentence, int chunkStart, int nameStart) {
    int from = chunkStart;
    while (from < nameStart && Stopwords.isStopword(tokens.get(from).bare())) {
      from++;
    }
    int back = chunkStart;
    while (back > 0
        && chunkStart - back < MAX_TITLE_WORDS
        && tokens.get(back).gap().isBlank()
        && isTitleWord(tokens.get(back - 1))) {
      back--;
    }
    if (back < chunkStart) {
      from = back;
    }
    boolean hasRole = false;
    for (int k = from; k < nameStart; k++) {
      hasRole |= Titles.ROLES.contains(tokens.get(k).bare());
    }
    if (!hasRole) {
      return null;
    }
    return sentence.substring(tokens.get(from).start(), tokens.get(nameStart - 1).end());
  }

  /**
   * Whether a word before a name may belong to its title: a role word, a modifier, a qualifier, or
   * a capitalized word qualifying the role ("former New York mayor", "former FBI director").
   */
  private static boolean isTitleWord(Token token) {
    String bare = token.bare();
    if (token.capital()) {
      return !bare.equals("the") && !token.text().endsWith("'s") && !isCalendar(token);
    }
    return (Titles.ROLES.contains(bare)
        || Titles.MODIFIERS.containsKey(bare)
        || SentenceOpeners.TITLE_ADJECTIVES.contains(bare)
        || bare.startsWith("ex-"));
  }

  private static String apposition(String rest) {
    Matcher m = APPOSITION.matcher(rest);
    if (!m.find()) {
      return null;
    }
    String words = m.group(1).strip();
    for (String w : words.split("\\s+")) {
      // ", as well as the President of ..." lists another person; it is no apposition.
      if (NOT_APPOSITION.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return (words.isEmpty() ? "" : words + " ") + m.group(2);
  }

  private static EntityKind kind(List<Token> tokens, int nameStart, int end, boolean titled) {
    if (titled) {
      return EntityKind.PERSON;
    }
    // The head word: the last, or the first before "of" ("Port of Velmora", "Bank of England").
    String head =
        end - nameStart > 2 && tokens.get(nameStart + 1).text().equals("of")
            ? tokens.get(nameStart).bare()
            : tokens.get(end - 1).bare();
    if (Titles.ORGANISATION_WORDS.contains(head) || isAcronym(tokens.get(end - 1).text())) {
      return EntityKind.ORGANISATION;
    }
    if (Titles.PLACE_WORDS.contains(head)) {
      return EntityKind.PLACE;
    }
    if (nameStart > 0) {
      Token before = tokens.get(nameStart - 1);
      if (Titles.PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))) {
        return EntityKind.PLACE;
      }
    }
    if (end < tokens.size() && Titles.SPEECH_VERBS.contains(tokens.get(end).bare())) {
      return EntityKind.PERSON;
    }
    return EntityKind.NAME;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2
        && word.length() <= 6
        && word.chars().allMatch(Character::isUpperCase);
  }
}
