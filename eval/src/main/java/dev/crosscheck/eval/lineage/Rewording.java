package dev.crosscheck.eval.lineage;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level rewording used by the generator: synonym substitution as article spinners do it, and
 * the clause moves of machine reformulation. It only writes test data; nothing in the engine knows
 * these word lists.
 */
final class Rewording {
  private static final Map<String, String> SYNONYMS = synonyms();
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]+\\b");
  private static final Pattern LEADING_ATTRIBUTION =
      Pattern.compile("^According to ([^,]{3,60}), (.+?)([.!?])$");
  private static final Pattern TRAILING_SAID =
      Pattern.compile("^(.{20,}?), ([A-Z][\\w.' -]{2,40}) (said|says|told reporters)([.])$");

  private Rewording() {}

  /** Replaces each word that has a synonym with probability {@code share}. */
  static String spin(String sentence, double share, Random random) {
    Matcher m = WORD.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String replacement = SYNONYMS.get(lower);
      // Names stay: a capitalized word inside the sentence ("White House", "New York").
      boolean name = m.start() > 0 && Character.isUpperCase(word.charAt(0));
      if (replacement != null && !name && random.nextDouble() < share) {
        if (Character.isUpperCase(word.charAt(0))) {
          replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(word));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Machine-style reformulation: clause moves, then spinning of most words that allow it. */
  static String reformulate(String sentence, Random random) {
    String s = sentence.strip();
    Matcher leading = LEADING_ATTRIBUTION.matcher(s);
    Matcher trailing = TRAILING_SAID.matcher(s);
    if (leading.matches()) {
      String clause = leading.group(2);
      s =
          Character.toUpperCase(clause.charAt(0))
              + clause.substring(1)
              + ", according to "
              + leading.group(1)
              + leading.group(3);
    } else if (trailing.matches()) {
      String clause = trailing.group(1);
      s =
          trailing.group(2)
              + " "
              + trailing.group(3)
              + " that "
              + Character.toLowerCase(clause.charAt(0))
              + clause.substring(1)
              + trailing.group(4);
    }
    return spin(s, 0.9, random);
  }

  private static Map<String, String> synonyms() {
    String[][] pairs = {
      {"said", "stated"},
      {"says", "states"},
      {"told", "informed"},
      {"announced", "declared"},
      {"big", "large"},
      {"large", "sizeable"},
      {"small", "minor"},
      {"new", "fresh"},
      {"meeting", "gathering"},
      {"talks", "discussions"},
      {"official", "functionary"},
      {"officials", "authorities"},
      {"government", "administration"},
      {"president", "leader"},
      {"country", "nation"},
      {"countries", "nations"},
      {"people", "individuals"},
      {"week", "seven days"},
      {"month", "four weeks"},
      {"began", "started"},
      {"begin", "start"},
      {"ended", "finished"},
      {"end", "finish"},
      {"help", "assist"},
      {"helped", "assisted"},
      {"important", "significant"},
      {"major", "key"},
      {"plan", "proposal"},
      {"plans", "proposals"},
      {"agreement", "accord"},
      {"deal", "pact"},
      {"decision", "ruling"},
      {"asked", "questioned"},
      {"wanted", "desired"},
      {"want", "wish"},
      {"tried", "attempted"},
      {"try", "attempt"},
      {"showed", "demonstrated"},
      {"show", "demonstrate"},
      {"called", "labelled"},
      {"expected", "anticipated"},
      {"likely", "probable"},
      {"also", "additionally"},
      {"however", "nevertheless"},
      {"but", "yet"},
      {"about", "approximately"},
      {"many", "numerous"},
      {"several", "various"},
      {"quickly", "rapidly"},
      {"fast", "rapid"},
      {"attack", "assault"},
      {"attacks", "assaults"},
      {"report", "account"},
      {"reported", "disclosed"},
      {"reports", "accounts"},
      {"statement", "declaration"},
      {"leader", "head"},
      {"leaders", "heads"},
      {"member", "participant"},
      {"members", "participants"},
      {"group", "organisation"},
      {"issue", "matter"},
      {"issues", "matters"},
      {"problem", "difficulty"},
      {"problems", "difficulties"},
      {"move", "step"},
      {"moves", "steps"},
      {"work", "labour"},
      {"worked", "laboured"},
      {"support", "backing"},
      {"supported", "backed"},
      {"oppose", "resist"},
      {"opposed", "resisted"},
      {"believe", "think"},
      {"believed", "thought"},
      {"including", "comprising"},
      {"during", "throughout"},
      {"before", "prior to"},
      {"after", "following"},
      {"against", "versus"},
      {"because", "since"},
      {"allow", "permit"},
      {"allowed", "permitted"},
      {"need", "require"},
      {"needed", "required"},
      {"former", "previous"},
      {"strong", "robust"},
      {"difficult", "hard"},
      {"possible", "feasible"},
      {"clear", "evident"},
      {"received", "obtained"},
      {"gave", "provided"},
      {"give", "provide"},
      {"made", "produced"},
      {"make", "produce"},
      {"visit", "trip"},
      {"trip", "journey"},
      {"house", "chamber"},
      {"investigation", "inquiry"},
      {"inquiry", "probe"},
      {"lawyer", "attorney"},
      {"secret", "covert"},
      {"summit", "high-level meeting"}
    };
    Map<String, String> map = new HashMap<>();
    for (String[] pair : pairs) {
      map.put(pair[0], pair[1]);
    }
    return Map.copyOf(map);
  }
}
