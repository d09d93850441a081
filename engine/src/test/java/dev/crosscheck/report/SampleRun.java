package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleResult;
import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.model.Conflict;
import dev.crosscheck.model.Rejection;
import dev.crosscheck.model.Role;
import dev.crosscheck.model.RunResult;
import dev.crosscheck.model.Story;
import java.util.List;

/** A small hand-built run: two stories, five articles (one hostile), one rejected input. */
final class SampleRun {

  static final String HOSTILE_ID = "x\"><img src=x onerror=alert(1)>";
  static final String HOSTILE_TITLE = "<script>alert(1)</script>";

  private SampleRun() {}

  static RunResult build() {
    ArticleResult wire =
        result(
            article(
                "wire-1",
                "Bridge closes after flood",
                "Wire Agency",
                "2025-02-17",
                "en",
                "The river rose 3 metres overnight.\n\nThe bridge was closed at 6am."),
            "flood",
            Role.ORIGINAL,
            null,
            0);
    ArticleResult copy =
        result(
            article(
                "daily-2",
                "Flood closes bridge",
                "Daily Paper",
                "2025-02-17T09:30:00+01:00",
                "en",
                "The river rose 3 metres overnight.\n\nThe bridge was closed at 6am.\n\n"
                    + "Residents are worried, as residents often are."),
            "flood",
            Role.PADDED,
            "wire-1",
            1);
    ArticleResult translation =
        result(
            article(
                "zeitung-3",
                "Brücke nach Hochwasser gesperrt",
                "Zeitung",
                "2025-02-18",
                "de",
                "Der Fluss stieg über Nacht um 3 Meter."),
            "flood",
            Role.TRANSLATION,
            "wire-1",
            0);
    ArticleResult local =
        result(
            article(
                "local-4",
                "Our reporter at the river",
                "Local Radio",
                "2025-02-17",
                "en",
                "The river rose 4 metres, the mayor said.\n\nThe bridge was closed at 6am."),
            "flood",
            Role.INDEPENDENT,
            null,
            0);
    ArticleResult hostile =
        result(
            new Article(
                HOSTILE_ID,
                "inputs/<b>evil</b>.html",
                HOSTILE_TITLE,
                "<i>byline</i>",
                "Evil & Co \"quoted\"",
                "javascript:alert(1)",
                "2025-01-05",
                "en\" onmouseover=\"alert(1)",
                "<script>alert(2)</script>\n\n<img src=x onerror=alert(3)> & more"),
            "vote<1>",
            Role.ORIGINAL,
            null,
            0);
    Story flood =
        new Story(
            "flood",
            "Bridge closed after river flood",
            List.of("wire-1", "daily-2", "zeitung-3", "local-4"),
            List.of(List.of("wire-1", "daily-2", "zeitung-3"), List.of("local-4")),
            List.of(
                new BriefSentence("The bridge was closed at 6am.", List.of("wire-1", "local-4"), 2),
                new BriefSentence(
                    "The river rose 3 metres overnight.",
                    List.of("wire-1", "daily-2", "zeitung-3"),
                    1)),
            List.of(
                new Claim(
                    "The bridge was closed at 6am.",
                    List.of("wire-1", "daily-2", "local-4"),
                    2,
                    ClaimStatus.CORROBORATED,
                    List.of()),
                new Claim(
                    "The river rose 3 metres overnight.",
                    List.of("wire-1", "daily-2", "zeitung-3"),
                    1,
                    ClaimStatus.CONTRADICTED,
                    List.of(new Conflict("The river rose 4 metres.", List.of("local-4")))),
                new Claim(
                    "Residents are worried.",
                    List.of("daily-2"),
                    1,
                    ClaimStatus.SINGLE_SOURCE,
                    List.of())));
    Story vote =
        new Story(
            "vote<1>",
            "<b>Vote</b> & \"count\"",
            List.of(HOSTILE_ID),
            List.of(List.of(HOSTILE_ID)),
            List.of(new BriefSentence("<script>alert(4)</script>", List.of(HOSTILE_ID), 1)),
            List.of(
                new Claim(
                    "<img src=x onerror=alert(5)>",
                    List.of(HOSTILE_ID),
                    1,
                    ClaimStatus.SINGLE_SOURCE,
                    List.of())));
    return new RunResult(
        List.of(wire, copy, translation, local, hostile),
        List.of(vote, flood),
        List.of(
            new Rejection(
                "inputs/<svg onload=alert(6)>.pdf",
                "unsupported format \"pdf\": expected .txt, .html, .jsonl, .xml or .warc")));
  }

  static Article article(
      String id, String title, String source, String published, String language, String text) {
    return new Article(
        id, "inputs/" + id + ".txt", title, null, source, null, published, language, text);
  }

  static ArticleResult result(
      Article article, String story, Role role, String derivedFrom, int filler) {
    return new ArticleResult(article, story, role, derivedFrom, filler);
  }
}
