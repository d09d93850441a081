package dev.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private final EntityRecognizer recognizer = new EntityRecognizer();

  private List<String> show(String sentence) {
    return recognizer.recognize(sentence).stream()
        .map(m -> m.name() + "/" + m.kind() + (m.title() == null ? "" : "/" + m.title()))
        .toList();
  }

  @Test
  void namesWithTitlesAndKinds() {
    assertThat(show("Secretary of State Marco Rubio met the former envoy Steve Witkoff in Riyadh."))
        .containsExactly(
            "Marco Rubio/PERSON/Secretary of State",
            "Steve Witkoff/PERSON/former envoy",
            "Riyadh/PLACE");
    assertThat(show("The Justice Department said Florida Sen. Marco Rubio would testify."))
        .containsExactly("Justice Department/ORGANISATION", "Marco Rubio/PERSON/Florida Sen.");
    assertThat(
            show(
                "\"I doubt it,\" said Richard Nephew, a former State Department official, on"
                    + " Tuesday."))
        .containsExactly(
            "Richard Nephew/PERSON/former State Department official",
            "State Department/ORGANISATION");
    assertThat(show("Harbour Minister Corvina Halst visited the Port of Velmora."))
        .containsExactly("Corvina Halst/PERSON/Harbour Minister", "Port of Velmora/PLACE");
  }

  @Test
  void numberedNamesAndNamesEndingInAPlaceWordArePlaces() {
    assertThat(show("The barge exploded at Quay 7 near the Old River Bridge, close to Gate 12."))
        .containsExactly("Quay 7/PLACE", "Old River Bridge/PLACE", "Gate/NAME");
    // A number after a team is a score, not part of its name.
    assertThat(show("Larkfield Rovers 2, Dunmere Athletic 1."))
        .containsExactly("Larkfield Rovers/NAME", "Dunmere Athletic/NAME");
  }

  @Test
  void aCommonNounOpeningASentenceIsNoPartOfTheName() {
    assertThat(show("Residents of Saltmarsh spent the night in two gymnasiums."))
        .containsExactly("Saltmarsh/NAME");
    assertThat(show("Port of Velmora officials said little."))
        .containsExactly("Port of Velmora/PLACE");
    assertThat(show("Striker Mateo Quillan scored twice."))
        .containsExactly("Mateo Quillan/PERSON/Striker");
  }

  @Test
  void adjectivesAndOpenersAreNoNames() {
    assertThat(show("European leaders met Russian officials, a British diplomat said.")).isEmpty();
    assertThat(show("Senior U.S. officials flew in.")).containsExactly("U.S./NAME");
    assertThat(show("Despite Keith Kellogg's efforts, Presidents Trump and Putin spoke."))
        .containsExactly("Keith Kellogg/NAME", "Trump/NAME", "Putin/NAME");
    assertThat(show("Leaders of Spain and Denmark, as well as the President of the Council, met."))
        .extracting(m -> m.split("/")[0])
        .contains("Spain", "Denmark")
        .doesNotContain("Denmark/PERSON");
    assertThat(EntityRecognizer.knownNames(List.of("- Senior officials met Rubio.")))
        .containsExactly("rubio");
  }

  @Test
  void titlesBeforeTheRunKeepTheirCapitalizedQualifiers() {
    assertThat(show("Trump recruited former New York mayor Rudy Giuliani to his team."))
        .containsExactly("New York/NAME", "Rudy Giuliani/PERSON/former New York mayor");
    assertThat(show("It cited the former FBI director James Comey."))
        .containsExactly("FBI/ORGANISATION", "James Comey/PERSON/former FBI director");
  }

  @Test
  void aSentencesFirstWordIsANameOnlyWithSupport() {
    assertThat(show("Officials said the port was closed.")).isEmpty();
    assertThat(recognizer.recognize("Halst said the port was closed.", Set.of("halst")))
        .extracting(Mention::name)
        .containsExactly("Halst");
    assertThat(show("Mr. Comey wrote that he was not told.")).containsExactly("Comey/PERSON");
  }

  @Test
  void speakers() {
    SpeakerFinder finder = new SpeakerFinder();
    for (String s :
        List.of(
            "\"We will rebuild,\" said Harbour Minister Corvina Halst.",
            "Corvina Halst, the harbour minister, said the port would reopen.",
            "The port will reopen, according to Corvina Halst.",
            "\"We will rebuild,\" Corvina Halst told reporters.",
            "Minister Corvina Halst of the Harbour Office said the port would reopen.",
            "\"We will rebuild,\" said Mrs. Corvina Halst.")) {
      assertThat(finder.speaker(s, recognizer.recognize(s)))
          .as(s)
          .map(Mention::name)
          .contains("Corvina Halst");
    }
    String pronoun = "\"We will rebuild,\" he said in Velmora.";
    assertThat(finder.speaker(pronoun, recognizer.recognize(pronoun))).isEmpty();
  }

  @Test
  void nameVariantsAndCoreference() {
    assertThat(NameVariants.same("Sergei Lavrov", "Sergey Lavrov")).isTrue();
    assertThat(NameVariants.same("Volodymyr Zelensky", "Volodymyr Zelenskyy")).isTrue();
    assertThat(NameVariants.same("Andrés Rodríguez", "Andres Rodriguez")).isTrue();
    assertThat(NameVariants.same("Marco Rubio", "Mario Rubio")).isFalse();
    assertThat(NameVariants.same("Sergei", "Sergio")).isFalse();
    assertThat(NameVariants.compatible("Rubio", "Marco Rubio")).isTrue();
    assertThat(NameVariants.compatible("Rubio", "Ted Cruz")).isFalse();
    assertThat(NameVariants.compatible("Ukraine", "Ukrainians")).isTrue();
    assertThat(NameVariants.compatible("Britain", "United Kingdom")).isTrue();
    assertThat(NameVariants.compatible("U.S.", "America")).isTrue();
    assertThat(NameVariants.compatible("Austria", "Australia")).isFalse();
    NameResolver resolver =
        NameResolver.of(
            recognizer.recognize("Secretary of State Marco Rubio met Sergey Lavrov in Riyadh."));
    assertThat(resolver.resolve("Rubio")).isEqualTo("Marco Rubio");
    assertThat(resolver.resolve("Lavrov")).isEqualTo("Sergey Lavrov");
    assertThat(resolver.kindOf("Rubio")).isEqualTo(EntityKind.PERSON);
    assertThat(resolver.kindOf("Riyadh")).isEqualTo(EntityKind.PLACE);
    assertThat(resolver.resolve("Kerry")).isEqualTo("Kerry");
  }

  @Test
  void randomAndEmptyInputNeverThrow() {
    assertThat(recognizer.recognize("")).isEmpty();
    assertThat(recognizer.recognize(null)).isEmpty();
    Random random = new Random(42);
    String alphabet = "Aa Bb. \"Cc, said'’ of Mr. -";
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<Mention> mentions = recognizer.recognize(s.toString());
      new SpeakerFinder().speaker(s.toString(), mentions);
      NameResolver.of(mentions).resolve("Bb");
    }
  }

  @Test
  void wordScanAndSplitAgreeWithThePatternsOnSeededRandomText() {
    String[] parts = {
      "Rubio",
      "U.S.",
      "ab",
      "É",
      "٣",
      "Ⅻ",
      "½",
      "\uD835\uDC00",
      "\uD801\uDC00",
      "'",
      "’",
      ".",
      "&",
      "-",
      " ",
      "  ",
      "\t",
      "\n",
      ",",
      "(",
      "\u00A0",
      "\u2028",
      "7",
      "x"
    };
    java.util.Random random = new java.util.Random(20261121L);
    java.util.regex.Pattern blanks = java.util.regex.Pattern.compile("\\s+");
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(10);
      for (int i = 0; i < n; i++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String s = text.toString();
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = EntityRecognizer.WORD.matcher(s);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      List<String> scanned = new java.util.ArrayList<>();
      for (int start = EntityRecognizer.nextWordStart(s, 0); start >= 0; ) {
        int end = EntityRecognizer.wordEnd(s, start);
        scanned.add(start + "-" + end);
        start = EntityRecognizer.nextWordStart(s, end);
      }
      assertThat(scanned).as("[%s]", s).isEqualTo(expected);
      assertThat(SentenceOpeners.words(s.strip()))
          .as("[%s]", s)
          .containsExactly(blanks.split(s.strip()));
    }
  }
}
