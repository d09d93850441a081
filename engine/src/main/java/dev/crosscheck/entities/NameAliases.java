package dev.crosscheck.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Other names of the same country or union that no spelling rule relates ("Britain" and "United
 * Kingdom", "U.S." and "America"). General knowledge, kept short: the names news text uses most.
 */
public final class NameAliases {
  private static final List<List<String>> GROUPS =
      List.of(
          List.of("united states", "us", "usa", "america", "united states of america"),
          List.of("united kingdom", "uk", "britain", "great britain", "british"),
          List.of("european union", "eu"),
          List.of("united nations", "un"),
          List.of("russia", "russian federation"),
          List.of("north korea", "dprk"),
          List.of("south korea", "republic of korea"),
          List.of("netherlands", "holland"),
          List.of("czech republic", "czechia"),
          List.of("turkey", "türkiye", "turkiye"),
          List.of("myanmar", "burma"),
          List.of("ivory coast", "côte d'ivoire", "cote d'ivoire"));
  private static final Map<String, Integer> GROUP_OF = groups();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameAliases() {}

  /** Whether {@code a} and {@code b} are listed as names of one country or union. */
  public static boolean same(String a, String b) {
    int ga = groupOf(a);
    return ga >= 0 && ga == groupOf(b);
  }

  /** The index of the group listing {@code name}, or -1 when no group lists it. */
  static int groupOf(String name) {
    return GROUP_OF.getOrDefault(normalize(name), -1);
  }

  private static String normalize(String name) {
    String n =
        SPACES.matcher(name.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll(" ").strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static Map<String, Integer> groups() {
    Map<String, Integer> map = new HashMap<>();
    for (int g = 0; g < GROUPS.size(); g++) {
      for (String name : GROUPS.get(g)) {
        map.put(name, g);
      }
    }
    return Map.copyOf(map);
  }
}
