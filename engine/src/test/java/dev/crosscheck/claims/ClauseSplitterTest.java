package dev.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
  private final ClauseSplitter splitter = new ClauseSplitter();

  private List<String> texts(String sentence) {
    return splitter.split(sentence).stream().map(ClauseSplitter.Clause::text).toList();
  }

  @Test
  void canned() {
    assertThat(
            texts(
                "At the quay, two fire engines were still pumping foam at midday, and a thin"
                    + " column of smoke drifted over the harbour mouth."))
        .containsExactly(
            "At the quay, two fire engines were still pumping foam at midday",
            "a thin column of smoke drifted over the harbour mouth.");
  }

  @Test
  void relativeClauseBecomesItsOwnClauseWithItsNoun() {
    // The bundled example's independent report: the injured count sits in a relative clause.
    assertThat(
            texts(
                "Union leaders said they had complained six weeks before Monday's explosion"
                    + " aboard the Kestrel Dawn, which left 14 people hurt."))
        .containsExactly(
            "Union leaders said they had complained six weeks before Monday's explosion aboard"
                + " the Kestrel Dawn.",
            "Monday's explosion aboard the Kestrel Dawn, which left 14 people hurt");
  }

  @Test
  void innerRelativeClauseIsCutFromTheMainClause() {
    assertThat(
            texts(
                "Brackwater Shipping, which operates the vessel, said it would not comment while"
                    + " the investigation was running."))
        .containsExactly(
            "Brackwater Shipping said it would not comment while the investigation was running.",
            "Brackwater Shipping, which operates the vessel");
    assertThat(
            texts(
                "Greta Vollan, 67, who has lived on Tidewater Lane for four decades, said the"
                    + " blast rattled every window."))
        .containsExactly(
            "Greta Vollan, 67, said the blast rattled every window.",
            "Greta Vollan, 67, who has lived on Tidewater Lane for four decades");
  }

  @Test
  void relativeClauseAfterAnInfinitiveTakesTheNounNotTheVerb() {
    // Seed 003: "... agreed to end the war, which is set to mark its third anniversary ...".
    assertThat(
            texts("Trump and Putin agreed to end the war, which is set to mark its anniversary."))
        .containsExactly(
            "Trump and Putin agreed to end the war.",
            "the war, which is set to mark its anniversary");
  }

  @Test
  void whichAfterAnAdverbCommentsOnTheClauseAndStays() {
    String sentence = "Trump could meet Putin soon, which has intensified speculation about talks.";
    assertThat(texts(sentence)).containsExactly(sentence);
  }

  @Test
  void listsSharedSubjectsAndQuotesStayWhole() {
    String participle =
        "He called for more defense spending, while emphasizing that U.S. support remains crucial.";
    assertThat(texts(participle)).containsExactly(participle);
    String list =
        "U.S. Secretary of State Marco Rubio, Middle East Envoy Steve Witkoff, and National"
            + " Security Advisor Mike Waltz will travel to Saudi Arabia.";
    assertThat(texts(list)).containsExactly(list);
    String sharedSubject =
        "Starmer called the meeting a moment for security, and said Britain would work with the"
            + " U.S.";
    assertThat(texts(sharedSubject)).containsExactly(sharedSubject);
    String quote = "“We put it in writing, we named the quay, and we got silence,” Baptiste said.";
    assertThat(texts(quote)).containsExactly(quote);
    // A quote opened in the previous sentence is still a quote.
    String rest = "We will find out what failed, and we will publish what we find,” Halst said.";
    assertThat(texts(rest)).containsExactly(rest);
    // The bundled example's football story, with straight quotes.
    String straight = "They believed it, and they showed it,\" Rovers manager Hedda Brandvik said.";
    assertThat(texts(straight)).containsExactly(straight);
  }

  @Test
  void seededRandomInputGivesClausesFromTheSentence() {
    Random random = new Random(20260303L);
    String[] words = {
      "the", "port", "was", "closed", ",", "and", "which", "who", "said", "“", "”", "Halst", "14",
      ";"
    };
    for (int round = 0; round < 200; round++) {
      List<String> text = new ArrayList<>();
      int n = 1 + random.nextInt(25);
      for (int i = 0; i < n; i++) {
        text.add(words[random.nextInt(words.length)]);
      }
      String sentence = String.join(" ", text).replace(" ,", ",").replace(" ;", ";");
      List<ClauseSplitter.Clause> clauses = splitter.split(sentence);
      assertThat(clauses).isNotEmpty();
      for (ClauseSplitter.Clause c : clauses) {
        assertThat(c.text()).isNotBlank();
        assertThat(c.start()).isBetween(0, sentence.length());
      }
    }
  }

  @Test
  void emptyInputGivesNoClauses() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" ")).isEmpty();
  }
}
