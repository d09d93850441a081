package dev.crosscheck.eval.briefs;

import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE-N and ROUGE-L F1 (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries"), as
 * the common {@code rouge-score} package computes them with stemming: lower-cased word tokens,
 * Porter-stemmed, clipped n-gram overlap, and the longest common subsequence over the whole texts.
 */
public final class Rouge {
  private final Tokenizer tokenizer = new Tokenizer();

  /** ROUGE F1 scores of one candidate against one reference, each in [0, 1]. */
  public record Scores(double rouge1, double rouge2, double rougeL) {}

  /** The scores of {@code candidate} against {@code reference}. */
  public Scores score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Scores(ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r));
  }

  List<String> tokens(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> tokens = new ArrayList<>();
    for (String token : tokenizer.tokenize(text)) {
      tokens.add(token.length() > 3 ? stemmer.stem(token) : token);
    }
    return tokens;
  }

  static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> c = ngrams(candidate, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    int totalC = c.values().stream().mapToInt(Integer::intValue).sum();
    int totalR = r.values().stream().mapToInt(Integer::intValue).sum();
    if (totalC == 0 || totalR == 0) {
      return 0;
    }
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return f1((double) overlap / totalC, (double) overlap / totalR);
  }

  static double lcsF1(List<String> candidate, List<String> reference) {
    if (candidate.isEmpty() || reference.isEmpty()) {
      return 0;
    }
    int[] previous = new int[reference.size() + 1];
    int[] current = new int[reference.size() + 1];
    for (String word : candidate) {
      for (int j = 1; j <= reference.size(); j++) {
        current[j] =
            word.equals(reference.get(j - 1))
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int lcs = previous[reference.size()];
    return f1((double) lcs / candidate.size(), (double) lcs / reference.size());
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
