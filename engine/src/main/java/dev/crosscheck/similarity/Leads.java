package dev.crosscheck.similarity;

import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The parts of an article that are embedded: its lead, or its whole text when it is short. */
final class Leads {
  private Leads() {}

  /** The title and the first sentences, cut at {@link PairComparer#LEAD_WORDS} words. */
  static String lead(ArticleProfile profile) {
    StringBuilder lead = new StringBuilder();
    String title = profile.article().article().title();
    int words = 0;
    if (title != null && !title.isBlank()) {
      lead.append(title.strip()).append(". ");
      words += title.split("\\s+").length;
    }
    for (Sentence sentence : profile.article().sentences()) {
      if (words >= PairComparer.LEAD_WORDS) {
        break;
      }
      String[] parts = sentence.text().strip().split("\\s+");
      int take = Math.min(parts.length, PairComparer.LEAD_WORDS - words);
      lead.append(String.join(" ", java.util.Arrays.asList(parts).subList(0, take))).append(' ');
      words += take;
    }
    return lead.toString().strip();
  }

  /** The body's sentences joined by spaces. */
  static String text(ArticleProfile profile) {
    return String.join(" ", profile.article().sentences().stream().map(Sentence::text).toList());
  }

  /** The features of the whole body as if it were one sentence. */
  static SentenceFeatures whole(ArticleProfile profile) {
    List<String> tokens = new ArrayList<>();
    Set<String> terms = new HashSet<>();
    Set<String> anchors = new HashSet<>();
    for (SentenceFeatures f : profile.sentences()) {
      tokens.addAll(f.tokens());
      terms.addAll(f.terms());
      anchors.addAll(f.anchors());
    }
    return new SentenceFeatures(tokens, terms, anchors);
  }
}
