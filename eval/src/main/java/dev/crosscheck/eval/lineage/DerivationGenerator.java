package dev.crosscheck.eval.lineage;

import dev.crosscheck.model.Article;
import dev.crosscheck.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Derives articles from a real source article by each {@link Transformation}, reproducibly from a
 * seed. The derived articles carry no dates: lineage must be inferred from the text.
 */
public final class DerivationGenerator {
  /** Share of sentences a {@link Transformation#SENTENCE_DROPS} derivation removes. */
  static final double DROP_SHARE = 0.2;

  // Padding in the style of AI-expanded pages; the engine's filler rules are not derived from it.
  private static final String[] FILLER = {
    "This development underscores the growing importance of the issue for everyone involved.",
    "Observers say the situation remains fluid and could evolve in unexpected ways.",
    "The implications of this are far-reaching and will be felt for years to come.",
    "It is a stark reminder of how quickly circumstances can change.",
    "Such moments highlight the complexity of modern politics.",
    "Only time will tell how this chapter will ultimately be remembered.",
    "As events continue to unfold, many are watching closely.",
    "Experts agree that the stakes could hardly be higher.",
    "This marks a pivotal moment in an already turbulent period.",
    "The broader significance of these events should not be underestimated."
  };
  private static final String[] HEADINGS = {"Key Takeaways", "Background", "What Happens Next"};

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** One derived article per transformation, ids {@code <source>~<transformation>}. */
  public List<DerivedArticle> derive(Article source, long seed) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String paragraph : source.paragraphs()) {
      for (String line : paragraph.split("\\n")) {
        List<String> sentences = splitter.split(line);
        if (!sentences.isEmpty()) {
          paragraphs.add(sentences);
        }
      }
    }
    List<DerivedArticle> derived = new ArrayList<>();
    for (Transformation t : Transformation.values()) {
      Random random = new Random(seed * 31 + t.ordinal());
      derived.add(derive(source, paragraphs, t, random));
    }
    return derived;
  }

  private DerivedArticle derive(
      Article source, List<List<String>> paragraphs, Transformation t, Random random) {
    List<List<String>> out = copy(paragraphs);
    List<String> changed = new ArrayList<>();
    int filler = 0;
    switch (t) {
      case VERBATIM -> {}
      case SENTENCE_DROPS -> drop(out, random);
      case REORDERING -> reorder(out, random);
      case SYNONYM_SPINNING -> {
        map(out, s -> Rewording.spin(s, 0.7, random));
        changed.addAll(driftedQuotes(paragraphs, out));
      }
      case REFORMULATION -> {
        map(out, s -> Rewording.reformulate(s, random));
        changed.addAll(driftedQuotes(paragraphs, out));
      }
      case PADDING -> filler = pad(out, random);
      case CHANGED_FACTS -> changed.addAll(sentencesAt(out, FactChanger.change(out, random)));
      case REFORMULATED_FACTS -> {
        List<int[]> positions = new ArrayList<>(FactChanger.change(out, random));
        List<List<String>> beforeRewording = copy(out);
        map(out, s -> Rewording.reformulate(s, random));
        positions.addAll(driftedQuotePositions(beforeRewording, out));
        changed.addAll(sentencesAt(out, positions));
      }
    }
    String text = join(out);
    String id = source.id() + "~" + t.label();
    Article article =
        new Article(id, "generated:" + id, source.title(), null, null, null, null, "en", text);
    return new DerivedArticle(article, source.id(), t, changed, filler);
  }

  private static void drop(List<List<String>> paragraphs, Random random) {
    for (List<String> p : paragraphs) {
      p.removeIf(s -> random.nextDouble() < DROP_SHARE);
    }
    paragraphs.removeIf(List::isEmpty);
  }

  private static void reorder(List<List<String>> paragraphs, Random random) {
    if (paragraphs.size() < 4) {
      Collections.reverse(paragraphs);
      return;
    }
    // Keep the lead, move the rest around as rewriters of wire copy do.
    List<List<String>> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
    Collections.shuffle(rest, random);
    paragraphs.subList(1, paragraphs.size()).clear();
    paragraphs.addAll(rest);
  }

  private interface SentenceMap {
    String apply(String sentence);
  }

  private static void map(List<List<String>> paragraphs, SentenceMap f) {
    for (List<String> p : paragraphs) {
      p.replaceAll(f::apply);
    }
  }

  private static int pad(List<List<String>> paragraphs, Random random) {
    int added = 0;
    List<List<String>> padded = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0 && i % 3 == 0 && i / 3 <= HEADINGS.length) {
        padded.add(new ArrayList<>(List.of(HEADINGS[i / 3 - 1])));
      }
      List<String> p = new ArrayList<>(paragraphs.get(i));
      p.add(FILLER[random.nextInt(FILLER.length)]);
      added++;
      padded.add(p);
    }
    paragraphs.clear();
    paragraphs.addAll(padded);
    return added;
  }

  /**
   * The rewritten sentences whose quoted words changed: a spinner that rewords inside quotation
   * marks changes what someone said, which a fact-checker wants flagged.
   */
  private static List<String> driftedQuotes(List<List<String>> before, List<List<String>> after) {
    return sentencesAt(after, driftedQuotePositions(before, after));
  }

  private static List<int[]> driftedQuotePositions(
      List<List<String>> before, List<List<String>> after) {
    List<int[]> drifted = new ArrayList<>();
    for (int p = 0; p < before.size(); p++) {
      for (int s = 0; s < before.get(p).size(); s++) {
        if (!FactChanger.quotes(before.get(p).get(s))
            .equals(FactChanger.quotes(after.get(p).get(s)))) {
          drifted.add(new int[] {p, s});
        }
      }
    }
    return drifted;
  }

  /** The distinct sentences at {@code positions} ({paragraph, sentence}), in order given. */
  private static List<String> sentencesAt(List<List<String>> paragraphs, List<int[]> positions) {
    List<String> sentences = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int[] at : positions) {
      if (seen.add(at[0] * 100_000 + at[1])) {
        sentences.add(paragraphs.get(at[0]).get(at[1]));
      }
    }
    return sentences;
  }

  private static List<List<String>> copy(List<List<String>> paragraphs) {
    List<List<String>> copy = new ArrayList<>();
    paragraphs.forEach(p -> copy.add(new ArrayList<>(p)));
    return copy;
  }

  private static String join(List<List<String>> paragraphs) {
    List<String> out = new ArrayList<>();
    paragraphs.forEach(p -> out.add(String.join(" ", p)));
    return String.join("\n\n", out);
  }
}
