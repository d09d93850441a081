package dev.crosscheck.extract;

import java.util.Set;

/**
 * The prompts a site puts to its reader among the body paragraphs: subscribe, sign up for the
 * newsletter, donate, download the app, follow us, log in to comment. A line is one when it is
 * short, names such an action and speaks to the reader ("your", "Sie", "nous"): a report about a
 * newsletter or a donation speaks of third parties. Stateless and thread-safe.
 */
final class PromptLines {
  /** A prompt is at most this many words long. */
  static final int MAX_PROMPT_WORDS = 24;

  private static final Stems ACTIONS =
      new Stems(
          "newsletter",
          "subscri",
          "abonn",
          "suscri",
          "subskryp",
          "prenumer",
          "spende",
          "donat",
          "donac",
          "unterstütz",
          "support",
          "soutenez",
          "app store",
          "google play",
          "ios and android",
          "ios und android",
          "telegram",
          "whatsapp",
          "youtube",
          "instagram",
          "follow",
          "folgen sie",
          "folge uns",
          "síguenos",
          "siguenos",
          "suivez",
          "einlogg",
          "log in",
          "sign up",
          "signing up",
          "anmelden",
          "registrier",
          "inscri",
          "zaloguj",
          "hazte miembro",
          "mitglied werden",
          "eingeloggt",
          "logged in",
          "in kontakt treten",
          "kontaktieren sie",
          "kontaktiere uns",
          "contact us",
          "letter to the editor",
          "leserbrief",
          "diskutieren sie mit",
          "diskutiere mit",
          "join the discussion",
          "join the conversation",
          "in den kommentaren",
          "in the comments",
          "dans les commentaires",
          "en los comentarios",
          " app ",
          " app.",
          " apps ",
          "stay up-to-date",
          "stay up to date",
          "stay informed",
          "auf dem laufenden",
          "exklusive angebote",
          "exclusive offers",
          "artikel teilen",
          "beitrag teilen",
          "teilen sie",
          "share this",
          "partagez");

  private static final Set<String> ADDRESS =
      Set.of(
          "you",
          "your",
          "us",
          "our",
          "sie",
          "ihr",
          "ihre",
          "ihnen",
          "du",
          "dir",
          "dich",
          "dein",
          "deine",
          "uns",
          "unser",
          "unsere",
          "unseren",
          "unserem",
          "unserer",
          "vous",
          "votre",
          "nous",
          "notre",
          "nos",
          "tu",
          "te",
          "tú",
          "usted",
          "nuestro",
          "nuestra",
          "nuestros",
          "nuestras",
          "síguenos",
          "siguenos",
          "únete",
          "hazte",
          "nas",
          "nasz",
          "nasza",
          "naszego",
          "naszej",
          "zapraszamy");

  private PromptLines() {}

  /**
   * Whether a normalized line (lower-case, spaces collapsed; see {@link ChromeLines#normalize}) is
   * a prompt to the reader.
   *
   * @param words the line's word count
   */
  static boolean isPrompt(String norm, int words) {
    return words <= MAX_PROMPT_WORDS && ACTIONS.occursIn(norm) && addressesReader(norm);
  }

  private static boolean addressesReader(String norm) {
    int start = 0;
    for (int i = 0; i <= norm.length(); i++) {
      if (i == norm.length() || !Character.isLetter(norm.charAt(i))) {
        if (i > start && ADDRESS.contains(norm.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }
}
