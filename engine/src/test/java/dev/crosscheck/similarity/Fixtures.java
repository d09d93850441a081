package dev.crosscheck.similarity;

import dev.crosscheck.model.Article;
import dev.crosscheck.text.TextAnalyzer;

/** Small articles for tests of the later stages. */
public final class Fixtures {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final Profiler PROFILER = new Profiler();

  private Fixtures() {}

  /** An article with the given id, title, date (may be null) and body. */
  public static Article article(String id, String title, String published, String text) {
    return new Article(id, id + ".txt", title, null, null, null, published, "en", text);
  }

  /** The profile of an article with the given id and body. */
  public static ArticleProfile profile(String id, String text) {
    return profile(article(id, null, null, text));
  }

  /** The profile of {@code article}. */
  public static ArticleProfile profile(Article article) {
    return PROFILER.profile(ANALYZER.analyze(article));
  }

  public static final String ORIGINAL =
      "A fuel barge exploded at the Port of Velmora on Monday night, injuring 14 people. "
          + "Harbour Minister Corvina Halst ordered an inquiry into the blast on Tuesday. "
          + "Around 120 firefighters fought the fire for nearly six hours. "
          + "The barge held about 1,800 tonnes of marine diesel, the port authority said. "
          + "\"We will find out what failed,\" Halst told reporters at the quay.";

  public static final String SPUN =
      "A fuel vessel blew up at the Port of Velmora on Monday evening, wounding 14 individuals. "
          + "Harbour Minister Corvina Halst called for an investigation into the explosion on"
          + " Tuesday. "
          + "Roughly 120 firefighters battled the blaze for almost six hours. "
          + "The vessel carried some 1,800 tonnes of marine diesel, according to the port"
          + " authority. "
          + "\"We will find out what failed,\" Halst told journalists at the quay.";

  public static final String UNRELATED =
      "Larkfield Rovers won the cup final 3-1 against Dunmere Athletic on Saturday. "
          + "A crowd of 48,200 watched the match at the national stadium. "
          + "Manager Hedda Brandvik praised her young squad after the game. "
          + "The winning goal came in the 77th minute from a corner kick.";
}
