package dev.crosscheck.brief;

import dev.crosscheck.text.CalendarWords;
import dev.crosscheck.text.Stopwords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions the cheap way, without a model: runs of capitalized words are names ("Secretary of
 * State Mike Pompeo"), title words at a run's start or the role nouns and modifiers just before it
 * are its role ("presumptive Democratic presidential nominee Joe Biden"), and a name after "in",
 * "at", "near" or "from", numbered ("Quay 7") or ending in a place word ("Old River Bridge") is a
 * place. A sentence's first word counts only when the text also writes it capitalized elsewhere.
 * English only. Thread-safe.
 */
public final class CapitalizedMentionFinder implements MentionFinder {
  /** Role words read before a name, at most. */
  public static final int MAX_ROLE_WORDS = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  /** Titles written capitalized before a name; lower case, without a final dot. */
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "sen",
          "senator",
          "rep",
          "representative",
          "gov",
          "governor",
          "secretary",
          "minister",
          "judge",
          "justice",
          "speaker",
          "leader",
          "chairman",
          "chairwoman",
          "chair",
          "ceo",
          "dr",
          "gen",
          "general",
          "mayor",
          "chancellor",
          "director",
          "ambassador",
          "attorney",
          "commissioner",
          "king",
          "queen",
          "pope",
          "prince",
          "princess",
          "sheriff",
          "chief",
          "lt",
          "col",
          "adm",
          "sgt",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "premier",
          "envoy",
          "nominee",
          "candidate",
          "professor",
          "prof",
          "rev",
          "officer",
          "coach",
          "founder",
          "administrator",
          "congressman",
          "congresswoman",
          "adviser",
          "advisor",
          "president-elect",
          "emperor",
          "cardinal",
          "archbishop",
          "bishop",
          "captain",
          "commander");

  /** Honorifics: cut from a name, but no role. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "sir", "dame");

  /** Lower-case words that are a role before a name ("nominee", "lawmaker"). */
  private static final Set<String> ROLE_NOUNS =
      Set.of(
          "president",
          "senator",
          "governor",
          "secretary",
          "minister",
          "judge",
          "justice",
          "speaker",
          "leader",
          "chairman",
          "chairwoman",
          "chair",
          "ceo",
          "mayor",
          "chancellor",
          "director",
          "ambassador",
          "attorney",
          "commissioner",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "premier",
          "envoy",
          "nominee",
          "candidate",
          "professor",
          "officer",
          "coach",
          "founder",
          "lawmaker",
          "congressman",
          "congresswoman",
          "adviser",
          "advisor",
          "representative",
          "rep",
          "sen",
          "gov",
          "activist",
          "lawyer",
          "economist",
          "analyst",
          "executive",
          "commander",
          "prosecutor",
          "hopeful",
          "frontrunner",
          "front-runner");

  /** Lower-case words that qualify a role ("former", "acting"). */
  private static final Set<String> MODIFIERS =
      Set.of(
          "former",
          "acting",
          "interim",
          "deputy",
          "outgoing",
          "incoming",
          "presumptive",
          "vice",
          "top",
          "senior",
          "then",
          "chief",
          "assistant",
          "associate",
          "state",
          "federal",
          "ex");

  /** Last words that make a run an organisation, never a title and a name. */
  private static final Set<String> ORGANISATION_HEADS =
      Set.of(
          "department",
          "ministry",
          "party",
          "court",
          "house",
          "senate",
          "congress",
          "agency",
          "administration",
          "committee",
          "bureau",
          "council",
          "office",
          "service",
          "commission",
          "university",
          "board",
          "command",
          "force",
          "forces",
          "association",
          "union",
          "hospital",
          "airport",
          "station",
          "school",
          "bank",
          "company",
          "centre",
          "center",
          "museum",
          "club",
          "institute",
          "foundation",
          "group",
          "network",
          "church",
          "stadium",
          "park",
          "bridge");

  /** Last words that make a name a place ("Old River Bridge", "Ashgrove Park"). */
  private static final Set<String> PLACE_HEADS =
      Set.of(
          "bridge",
          "park",
          "stadium",
          "tunnel",
          "airport",
          "station",
          "street",
          "square",
          "port",
          "harbour",
          "harbor",
          "quay",
          "river",
          "lake",
          "island",
          "islands",
          "ocean",
          "sea",
          "bay",
          "valley",
          "mountain",
          "mountains",
          "county",
          "province",
          "city",
          "district",
          "avenue",
          "road",
          "plaza",
          "canal",
          "strait",
          "gulf",
          "coast");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "from", "across", "throughout", "outside", "inside");

  /** Abbreviations ending in a dot that do not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "sen.", "rep.", "gov.", "gen.", "dr.", "mr.", "mrs.", "ms.", "lt.", "col.", "sgt.",
          "adm.", "st.", "jr.", "sr.", "prof.", "rev.", "capt.", "no.", "vs.", "mt.", "ft.");

  private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(an|ic|ish|ese|i)");

  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+(al|ic|ian|can|ary)");

  /** One word of the text and where it stands. */
  private record Word(
      String text, String key, boolean capital, boolean sentenceStart, String gapBefore) {}

  @Override
  public List<Mention> find(String text) {
    List<Mention> mentions = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return mentions;
    }
    List<Word> words = words(text);
    Set<String> namesInside = new HashSet<>();
    for (Word w : words) {
      if (w.capital() && !w.sentenceStart()) {
        namesInside.add(w.key());
      }
    }
    int i = 0;
    while (i < words.size()) {
      if (!usable(words.get(i), namesInside)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < words.size() && continues(words, end, namesInside)) {
        end++;
      }
      mention(words, i, end).ifPresent(mentions::add);
      i = end;
    }
    return mentions;
  }

  private static boolean usable(Word w, Set<String> namesInside) {
    boolean calendar =
        CalendarWords.WEEKDAYS.contains(w.key()) || CalendarWords.MONTHS.contains(w.key());
    return w.capital()
        && !calendar
        && (!w.sentenceStart()
            || (namesInside.contains(w.key()) && !Stopwords.isStopword(w.key())));
  }

  /** Whether word {@code j} extends the run before it: joined by a space, capitalized or "of". */
  private static boolean continues(List<Word> words, int j, Set<String> namesInside) {
    Word w = words.get(j);
    if (!w.gapBefore().isBlank() || w.sentenceStart()) {
      return false;
    }
    if (w.key().equals("of") && j + 1 < words.size()) {
      Word next = words.get(j + 1);
      return next.gapBefore().isBlank() && !next.sentenceStart() && usable(next, namesInside);
    }
    return usable(w, namesInside);
  }

  /** The mention of the run {@code [start, end)}, with its role and whether it is a place. */
  private static java.util.Optional<Mention> mention(List<Word> words, int start, int end) {
    int nameStart = start;
    int titleEnd = -1;
    for (int j = start; j < end - 1; j++) {
      if (TITLES.contains(bare(words.get(j).key()))) {
        titleEnd = j + 1;
        if (words.get(j + 1).key().equals("of") && j + 2 < end - 1) {
          titleEnd = j + 3;
        }
      }
    }
    String lastKey = bare(words.get(end - 1).key());
    if (titleEnd > 0 && titleEnd < end && !ORGANISATION_HEADS.contains(lastKey)) {
      nameStart = titleEnd;
    }
    while (nameStart < end - 1 && HONORIFICS.contains(bare(words.get(nameStart).key()))) {
      nameStart++;
    }
    List<String> name = new ArrayList<>();
    for (int j = nameStart; j < end; j++) {
      name.add(words.get(j).text());
    }
    String written = clean(String.join(" ", name));
    if (written.isEmpty()
        || !aName(written, name.size(), end < words.size() ? words.get(end) : null)) {
      return java.util.Optional.empty();
    }
    String role = role(words, start, nameStart);
    // "Quay 7", "Gate 3": a name numbered like that is a place.
    boolean numbered =
        end < words.size()
            && words.get(end).gapBefore().isBlank()
            && Character.isDigit(words.get(end).text().charAt(0));
    if (numbered) {
      written = written + " " + clean(words.get(end).text());
    }
    boolean place =
        role == null
            && (numbered
                || PLACE_HEADS.contains(bare(words.get(end - 1).key()))
                || afterPlacePreposition(words, start));
    return java.util.Optional.of(new Mention(written, role, place));
  }

  /**
   * Whether a run is a name: not a lone function word, title or organisation head ("Department"),
   * not an adjective ("House-passed"), not a demonym before a noun ("Democratic establishment").
   */
  private static boolean aName(String written, int words, Word next) {
    String last = written.substring(written.lastIndexOf(' ') + 1);
    String lastKey = key(last);
    if (words == 1
        && (written.length() < 2
            || Stopwords.isStopword(lastKey)
            || TITLES.contains(lastKey)
            || ORGANISATION_HEADS.contains(lastKey))) {
      return false;
    }
    int hyphen = last.lastIndexOf('-');
    if (hyphen >= 0
        && hyphen + 1 < last.length()
        && Character.isLowerCase(last.charAt(hyphen + 1))
        && last.length() - hyphen > 3) {
      return false;
    }
    boolean nounFollows =
        next != null && next.gapBefore().isBlank() && !next.capital() && !next.sentenceStart();
    return !(nounFollows && DEMONYM.matcher(last).matches());
  }

  /** The role before the name: title words inside the run and role words just before it. */
  private static String role(List<Word> words, int runStart, int nameStart) {
    List<String> role = new ArrayList<>();
    for (int j = runStart; j < nameStart; j++) {
      if (!HONORIFICS.contains(bare(words.get(j).key()))) {
        role.add(words.get(j).text());
      }
    }
    boolean hasRole = !role.isEmpty();
    List<String> before = new ArrayList<>();
    int j = runStart - 1;
    while (j >= 0 && before.size() < MAX_ROLE_WORDS && words.get(j + 1).gapBefore().isBlank()) {
      Word w = words.get(j);
      String k = bare(w.key());
      boolean roleWord = ROLE_NOUNS.contains(k) || TITLES.contains(k);
      boolean qualifier =
          MODIFIERS.contains(k)
              || (w.capital() && !Stopwords.isStopword(w.key()))
              || ADJECTIVE.matcher(w.text()).matches();
      if (!(roleWord || qualifier) || (roleWord && hasRole && !w.capital())) {
        break;
      }
      hasRole |= roleWord;
      before.add(0, w.text());
      if (w.sentenceStart()) {
        break;
      }
      j--;
    }
    if (!hasRole) {
      return null;
    }
    before.addAll(role);
    String written = String.join(" ", before).strip();
    return written.isEmpty() ? null : written;
  }

  private static boolean afterPlacePreposition(List<Word> words, int start) {
    int j = start - 1;
    if (j >= 0 && words.get(j).key().equals("the") && words.get(j + 1).gapBefore().isBlank()) {
      j--;
    }
    return j >= 0
        && words.get(j + 1).gapBefore().isBlank()
        && PLACE_PREPOSITIONS.contains(words.get(j).key());
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = 0;
    boolean endsSentence = true;
    while (m.find()) {
      String gap = text.substring(previousEnd, m.start());
      String word = m.group();
      boolean sentenceStart = endsSentence || gap.matches("(?s).*[.!?:;\"“”(\\[\\n].*");
      words.add(
          new Word(
              word, key(word), Character.isUpperCase(word.codePointAt(0)), sentenceStart, gap));
      previousEnd = m.end();
      String lower = word.toLowerCase(Locale.ROOT);
      endsSentence =
          word.endsWith(".")
              && !ABBREVIATIONS.contains(lower)
              && !lower.matches("\\p{L}\\.")
              && !lower.matches("(\\p{L}\\.){2,}");
    }
    return words;
  }

  /** The word in lower case without possessive or final dot: "Trump's" and "Trump." match. */
  private static String key(String word) {
    return clean(word.toLowerCase(Locale.ROOT));
  }

  /** A key without its final dot or possessive ("sen." gives "sen"). */
  private static String bare(String key) {
    return clean(key);
  }

  /** A name without possessive, final dot or dash ("Trump's" gives "Trump"; "U.S." stays). */
  static String clean(String written) {
    String w = written.strip();
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith("'") || w.endsWith("’") || w.endsWith("-")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith(".") && !w.matches(".*\\p{L}\\.\\p{L}.*")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
