package dev.crosscheck.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes filler: sentences that state no checkable fact, such as the evaluative padding that
 * SEO pages and AI-expanded rewrites add ("This underscores the urgency of the situation", "As
 * negotiations progress, the world watches closely"). A sentence is filler when it comments on what
 * came before (a demonstrative subject with an evaluative verb), uses a stock phrase, says what
 * something signifies ("... marks a pivotal moment", "... highlights the importance of ...") or
 * asks the reader to act ("subscribe", "share your thoughts") without a figure, or carries
 * evaluative wording and no anchor (no figure, no quote, no name inside the sentence).
 */
public final class FillerDetector {
  // "This meeting underscores ...", "These factors highlight ...", "Their involvement adds ..."
  static final Pattern COMMENTARY =
      Pattern.compile(
          "^(this|these|that|those|their|its|such|the (move|development|decision|meeting|talks"
              + "|stance|approach|effort|choice|involvement)s?)\\b[^.;:]{0,60}?\\b"
              + "(underscores?|highlights?|reflects?|suggests?|signals?|demonstrates?|illustrates?"
              + "|emphasi[sz]es?|adds?|marks?|shows?|points? to|speaks? to|serves? as|represents?"
              + "|is a (stark )?reminder|could (potentially )?(pave|herald|reshape|signal))\\b");

  static final Pattern STOCK =
      Pattern.compile(
          "\\b(stay tuned|the world (watches|is watching)|only time will tell|remains to be seen"
              + "|in a (shocking|significant|dramatic) (turn of events|move|development)"
              + "|as (the situation|events|negotiations|discussions) (unfold|progress|continue)"
              + "|it is (a stark reminder|worth noting|important to note)"
              + "|in (conclusion|summary|today's (fast-paced|ever-changing))"
              + "|(watch|watches|watching) closely|cannot be overstated|questions remain unanswered"
              + "|our thoughts (go out|are with)|what comes next|the road to recovery"
              + "|paying close attention)\\b");

  static final Pattern EVALUATIVE =
      Pattern.compile(
          "\\b(underscor\\w*|highlight\\w*|pivotal|crucial|significan\\w*|importance|urgency"
              + "|complexity|landscape|far-reaching|paramount|ever-changing|multi-faceted"
              + "|reminder|fragile|hope\\w*|shap(e|ing) the future|pave the way|critical"
              + "|important|essential|vital|is key|more than ever|in times like these"
              + "|moments like (these|this)|forever|resilience|inspiring|deserves? recognition"
              + "|sobering)\\b");

  // "X marks a pivotal moment", "X highlights the importance of Y": what a thing signifies,
  // whatever
  // its subject; a figure in the sentence makes it a finding ("the data highlights a 40% rise").
  static final Pattern SIGNIFICANCE =
      Pattern.compile(
          "\\b(underscor(es?|ed|ing)|highlight(s|ed|ing)?|signal(s|ed|led|ing)?|marks?|marking"
              + "|reflect(s|ed|ing)?|illustrat(es?|ed|ing)|demonstrat(es?|ed|ing))"
              + " (the |a |an |its |their |this |these )?([\\w-]+ ){0,3}(importance|significance"
              + "|urgency|complexity|implications|moment|narrative|landscape"
              + "|(significant|pivotal|major|key) development)\\b");

  // Addressed to the reader, not a report of anything.
  static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "\\b(subscrib(e|ing) to|share your thoughts|feel free to|sign up (for|to)"
              + "|follow (the latest|our coverage|us))\\b"
              + "|^as (the )?(situation|events|negotiations|discussions|talks|story) (unfolds?"
              + "|progress(es)?|develops?)\\b");

  // Goals and roles too vague to check, counted only without an anchor.
  static final Pattern VAGUE =
      Pattern.compile(
          "\\b((lasting|sustainable|durable) (solution|peace|resolution)s?|constructive dialogue"
              + "|balanced (dialogue|platform|approach)|pathway|key (role|players|figures)"
              + "|(global|regional|international) (\\w+ )?(stability|dynamics|diplomacy"
              + "|relations))\\b");

  static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+");

  /*
   * Words that every match of a pattern contains (at least one of them): a pattern is only tried
   * on a sentence holding one. Most sentences hold none, and looking for a few words is far
   * cheaper than trying an alternation at every position.
   */
  private static final String[] STOCK_WORDS = {
    "stay tuned",
    "the world ",
    "only time",
    "remains to",
    "shocking",
    "significant",
    "dramatic",
    "as the situation",
    "as events",
    "as negotiations",
    "as discussions",
    "stark reminder",
    "worth noting",
    "important to note",
    "in conclusion",
    "in summary",
    "in today's",
    "closely",
    "overstated",
    "unanswered",
    "our thoughts",
    "what comes next",
    "road to recovery",
    "close attention"
  };
  private static final String[] SIGNIFICANCE_WORDS = {
    "importance",
    "significance",
    "urgency",
    "complexity",
    "implications",
    "moment",
    "narrative",
    "landscape",
    "development"
  };
  private static final String[] CALL_TO_ACTION_WORDS = {
    "subscrib", "share your thoughts", "feel free to", "sign up ", "follow "
  };
  private static final String[] EVALUATIVE_WORDS = {
    "underscor",
    "highlight",
    "pivotal",
    "crucial",
    "significan",
    "importance",
    "urgency",
    "complexity",
    "landscape",
    "far-reaching",
    "paramount",
    "ever-changing",
    "multi-faceted",
    "reminder",
    "fragile",
    "hope",
    "shap",
    "pave the way",
    "critical",
    "important",
    "essential",
    "vital",
    "is key",
    "more than ever",
    "in times like these",
    "moments like",
    "forever",
    "resilience",
    "inspiring",
    "recognition",
    "sobering"
  };
  private static final String[] VAGUE_WORDS = {
    "lasting ",
    "sustainable ",
    "durable ",
    "constructive dialogue",
    "balanced ",
    "pathway",
    "key ",
    "stability",
    "dynamics",
    "diplomacy",
    "relations"
  };

  /** Whether {@code sentence} states no checkable fact. */
  public boolean isFiller(String sentence, List<String> tokens) {
    // A list bullet is layout: "- This effort aims ..." is read as "This effort aims ...".
    sentence = sentence.strip();
    if (!sentence.isEmpty() && "-•*–".indexOf(sentence.charAt(0)) >= 0) {
      sentence = BULLET.matcher(sentence).replaceFirst("");
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || hasQuote(sentence)) {
      return false;
    }
    // COMMENTARY starts with "^": it can only match at the start.
    if (COMMENTARY.matcher(lower).lookingAt() || finds(STOCK, STOCK_WORDS, lower)) {
      return true;
    }
    if ((finds(SIGNIFICANCE, SIGNIFICANCE_WORDS, lower)
            || (lower.startsWith("as ") || holdsAny(lower, CALL_TO_ACTION_WORDS))
                && CALL_TO_ACTION.matcher(lower).find())
        && !hasFigure(tokens)) {
      return true;
    }
    return (finds(EVALUATIVE, EVALUATIVE_WORDS, lower) || finds(VAGUE, VAGUE_WORDS, lower))
        && !hasAnchor(sentence, tokens);
  }

  /** Whether {@code pattern} finds a match in {@code text}, tried only if it holds a word. */
  private static boolean finds(Pattern pattern, String[] words, String text) {
    return holdsAny(text, words) && pattern.matcher(text).find();
  }

  private static boolean holdsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence has a quotation mark: then it reports what someone said. */
  private static boolean hasQuote(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if ("\"“”«»„".indexOf(sentence.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFigure(List<String> tokens) {
    for (String token : tokens) {
      if (Character.isDigit(token.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names a figure or a proper noun after its first word. */
  static boolean hasAnchor(String sentence, List<String> tokens) {
    if (hasFigure(tokens)) {
      return true;
    }
    String[] words = sentence.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
        return true;
      }
    }
    return false;
  }
}
