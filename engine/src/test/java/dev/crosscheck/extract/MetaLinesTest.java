package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetaLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "23.10.2018",
        "19:49",
        "11 Jan 2019",
        "Freitag, 14. Juni 2019",
        "5 min read",
        "Lesezeit: 3 Minuten",
        "Foto: dpa",
        "Titelbild: Jane Doe",
        "Crédits photos : Bestimage",
        "Kategorie: News",
        "Quelle: Landesregierung",
        "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / Marco Bertorello",
        "Anzeige, enthält Affiliate Links",
        "Publiziert: 03.04.2020, 12:35",
        "Aktualisiert am 17.01.2021.",
        "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
        "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.",
        "Keine Kommentare",
        "Jahresbericht 2021 (PDF, 38 KB)",
        "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!"
      })
  void meta(String line) {
    assertThat(ChromeLines.isChrome(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On 23.10.2018 the council voted to rebuild the harbour.",
        "The photo shows the mayor at the opening of the bridge.",
        "Die Quelle des Flusses liegt in den Alpen.",
        "Veröffentlicht wurde die Studie im Fachblatt Nature.",
        "The team read for 5 minutes every morning before school started.",
        "No comment, said the spokesman when asked about the deal.",
        ""
      })
  void notMeta(String line) {
    assertThat(ChromeLines.isChrome(line)).isFalse();
  }

  @Test
  void seededRandomLinesNeverThrow() {
    Random random = new Random(5L);
    for (int i = 0; i < 500; i++) {
      StringBuilder line = new StringBuilder();
      for (int j = random.nextInt(30); j > 0; j--) {
        line.append("0123456789 .:/-©abcFoto".charAt(random.nextInt(23)));
      }
      String norm = ChromeLines.normalize(line.toString());
      MetaLines.isMeta(norm, Paragraphs.words(norm));
    }
  }
}
