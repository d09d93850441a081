package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.FactSheet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FactSheetSectionTest {
  @Test
  void rendersKnownRowsWithRolesAsWritten() {
    Element section = new Document("").appendElement("section");
    FactSheetSection.facts(
        section,
        new FactSheet(
            List.of(
                new FactSheet.Actor("Corvina Halst", "Harbour Minister"),
                new FactSheet.Actor("<b>Kestrel</b>", null)),
            "Barge blast",
            List.of(),
            new FactSheet.When(List.of("2026-03-02"), List.of("Monday"), "2026-03-03", null)));
    assertThat(section.select("th").eachText()).containsExactly("Who", "What", "When");
    assertThat(section.select("td").first().text())
        .isEqualTo("Corvina Halst (Harbour Minister); <b>Kestrel</b>");
    assertThat(section.select("td").last().text())
        .isEqualTo("2026-03-02 · named: Monday · published 2026-03-03");
  }

  @Test
  void aPublicationSpanShowsBothEnds() {
    assertThat(
            FactSheetSection.when(
                new FactSheet.When(List.of(), List.of(), "2025-02-17", "2025-02-18")))
        .isEqualTo("published 2025-02-17 to 2025-02-18");
  }

  @Test
  void anEmptySheetRendersNothing() {
    Element section = new Document("").appendElement("section");
    FactSheetSection.facts(section, FactSheet.empty());
    assertThat(section.children()).isEmpty();
  }
}
