package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.AnalyzedArticle;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  private static Article article(String text) {
    return new Article("a", "a.txt", null, null, null, null, null, null, text);
  }

  @Test
  void canned() {
    AnalyzedArticle analyzed =
        analyzer.analyze(
            article(
                "Talks will start on Tuesday. Mr. Rubio will attend.\n\n"
                    + "Key Takeaways\n- Officials meet in Riyadh.\n- Europe is absent."));
    assertThat(analyzed.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "Talks will start on Tuesday.",
            "Mr. Rubio will attend.",
            "Key Takeaways",
            "- Officials meet in Riyadh.",
            "- Europe is absent.");
    assertThat(analyzed.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1, 1);
    assertThat(analyzed.sentences().get(1).tokens())
        .containsExactly("mr", "rubio", "will", "attend");
  }

  @Test
  void seededRandomWordsKeepEveryToken() {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    int words = 0;
    for (int i = 0; i < 300; i++) {
      text.append("w").append(random.nextInt(1000));
      words++;
      text.append(random.nextInt(10) == 0 ? ". " : " ");
      if (random.nextInt(40) == 0) {
        text.append("\n\n");
      }
    }
    AnalyzedArticle analyzed = analyzer.analyze(article(text.toString()));
    assertThat(analyzed.sentences().stream().mapToInt(s -> s.tokens().size()).sum())
        .isEqualTo(words);
  }

  @Test
  void empty() {
    assertThat(analyzer.analyze(article("")).sentences()).isEmpty();
  }
}
