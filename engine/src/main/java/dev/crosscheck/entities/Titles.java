package dev.crosscheck.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words of roles and titles, and the words around names that tell their kind. English. */
final class Titles {
  /** Words that are a role on their own ("envoy", "Minister", "Sen."). */
  static final Set<String> ROLES =
      Set.of(
          "president",
          "minister",
          "secretary",
          "senator",
          "sen",
          "governor",
          "gov",
          "mayor",
          "ambassador",
          "envoy",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chancellor",
          "premier",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "judge",
          "justice",
          "general",
          "gen",
          "colonel",
          "col",
          "commander",
          "chief",
          "adviser",
          "advisor",
          "aide",
          "official",
          "officer",
          "lawyer",
          "attorney",
          "representative",
          "rep",
          "leader",
          "ceo",
          "founder",
          "consultant",
          "coordinator",
          "analyst",
          "economist",
          "professor",
          "prof",
          "negotiator",
          "diplomat",
          "commissioner",
          "sheriff",
          "lieutenant",
          "lt",
          "captain",
          "capt",
          "sergeant",
          "sgt",
          "admiral",
          "adm",
          "manager",
          "coach",
          "striker",
          "goalkeeper",
          "midfielder",
          "defender",
          "head",
          "deputy",
          "vice",
          "prosecutor",
          "counsel",
          "emir",
          "sheikh",
          "cardinal",
          "bishop",
          "rabbi",
          "imam",
          "speaker",
          "whip",
          "executive",
          "editor",
          "correspondent",
          "host",
          "reporter",
          "mp",
          "congressman",
          "congresswoman",
          "lawmaker");

  /** Words that change a role ("former envoy"), each with the word it means. */
  static final Map<String, String> MODIFIERS =
      Map.of(
          "former", "former",
          "previous", "former",
          "ex", "former",
          "then", "former",
          "acting", "acting",
          "interim", "acting",
          "deputy", "deputy",
          "outgoing", "outgoing",
          "incoming", "incoming",
          "vice", "vice");

  /** Courtesy titles: a person, but no role. */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");

  /** Last words of organisations' names. */
  static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "department",
          "ministry",
          "agency",
          "council",
          "committee",
          "party",
          "court",
          "bank",
          "union",
          "commission",
          "association",
          "institute",
          "university",
          "college",
          "school",
          "company",
          "corporation",
          "corp",
          "inc",
          "ltd",
          "group",
          "office",
          "service",
          "army",
          "navy",
          "police",
          "force",
          "forces",
          "parliament",
          "congress",
          "senate",
          "house",
          "times",
          "news",
          "post",
          "journal",
          "organization",
          "organisation",
          "fund",
          "board",
          "administration",
          "authority",
          "guard",
          "network",
          "foundation",
          "federation",
          "coalition",
          "movement",
          "front",
          "bureau",
          "assembly",
          "cabinet",
          "pentagon",
          "kremlin",
          "hospital",
          "church",
          "club",
          "centre",
          "center",
          "tribunal",
          "reuters");

  /** Last words of places' names. */
  static final Set<String> PLACE_WORDS =
      Set.of(
          "city",
          "county",
          "province",
          "region",
          "island",
          "islands",
          "river",
          "sea",
          "ocean",
          "peninsula",
          "valley",
          "mountains",
          "strait",
          "gulf",
          "bay",
          "street",
          "square",
          "avenue",
          "district",
          "port",
          "harbour",
          "harbor",
          "airport",
          "village",
          "coast",
          "border",
          "plaza",
          "park",
          "lake",
          "desert",
          "territory",
          "republic",
          "bridge",
          "tunnel",
          "station",
          "road",
          "highway",
          "canal",
          "quay",
          "pier",
          "wharf",
          "dock",
          "berth",
          "terminal");

  /** Prepositions after which a name is a place ("in Riyadh", "near Kharkiv"). */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "across", "outside", "inside", "throughout", "towards", "toward");

  /** Verbs that attribute a statement to whoever is named next to them. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "added",
          "adds",
          "stated",
          "states",
          "told",
          "tells",
          "wrote",
          "writes",
          "asked",
          "noted",
          "declared",
          "announced",
          "insisted",
          "argued",
          "explained",
          "warned",
          "claimed",
          "tweeted",
          "posted",
          "replied",
          "responded",
          "confirmed",
          "acknowledged",
          "recalled",
          "remarked",
          "continued",
          "concluded",
          "admitted",
          "informed");

  /** Words joining the parts of one name ("Port of Velmora", "Ibn al Saud"). */
  static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "del", "della", "da", "dos", "du", "al", "bin", "ibn", "van", "von", "der",
          "la", "le", "y");

  private Titles() {}

  /** A word lower-cased and without a final dot or possessive: how the sets above hold it. */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith(".") || w.endsWith("'") || w.endsWith("’")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
