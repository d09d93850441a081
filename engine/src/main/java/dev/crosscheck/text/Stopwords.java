package dev.crosscheck.text;

import java.util.Set;

/** Function words that carry no topic: ignored when comparing content. English for now. */
public final class Stopwords {
  private static final Set<String> ENGLISH =
      Set.of(
          ("a about above according after again against all already also am among an and any are as "
                  + "at be because been before being below between both but by can could did do does doing "
                  + "down during each even few for from further had has have having he her here hers herself "
                  + "him himself his how however i if in into is it its itself just last many may me "
                  + "meanwhile might more most mr mrs ms much must my myself new no nor not now of off on "
                  + "once one only or other our ours ourselves out over own said same say says shall she "
                  + "should since so some still such than that the their theirs them themselves then there "
                  + "these they this those through to told too two under until up us very was we week well "
                  + "were what when where which while who whom why will with would year years yet you your "
                  + "yours yourself ")
              .strip()
              .split(" "));

  private Stopwords() {}

  /** Whether {@code token} (lower case) is a function word. */
  public static boolean isStopword(String token) {
    return ENGLISH.contains(token);
  }
}
