package dev.crosscheck.brief;

import dev.crosscheck.model.BriefSentence;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimStatus;
import dev.crosscheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a story's brief: an extractive summary that takes claims in order of support (claims
 * arrive best supported first), skips contradicted claims and claims that repeat one already taken
 * (word overlap of at least {@link #MAX_OVERLAP}), and stops at {@link #DEFAULT_MAX_SENTENCES}.
 * Every sentence cites the articles that carry it; filler never reaches the brief because it never
 * becomes a claim.
 */
public final class BriefWriter {
  /** The most sentences of a brief. */
  public static final int DEFAULT_MAX_SENTENCES = 5;

  /** Jaccard word overlap from which a sentence repeats one already in the brief. */
  public static final double MAX_OVERLAP = 0.5;

  /** Shorter sentences say too little for a brief. */
  public static final int MIN_TOKENS = 6;

  private final Tokenizer tokenizer = new Tokenizer();
  private final int maxSentences;

  public BriefWriter() {
    this(DEFAULT_MAX_SENTENCES);
  }

  /**
   * @param maxSentences the most sentences of a brief, at least 1
   */
  public BriefWriter(int maxSentences) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences (" + maxSentences + ") must be >= 1");
    }
    this.maxSentences = maxSentences;
  }

  /** The brief of a story from its claims, best supported first. */
  public List<BriefSentence> write(List<Claim> claims) {
    List<BriefSentence> brief = new ArrayList<>();
    List<Set<String>> taken = new ArrayList<>();
    for (Claim claim : claims) {
      if (brief.size() == maxSentences) {
        break;
      }
      if (claim.status() == ClaimStatus.CONTRADICTED) {
        continue;
      }
      Set<String> words = new HashSet<>(tokenizer.tokenize(claim.text()));
      if (words.size() < MIN_TOKENS
          || taken.stream().anyMatch(t -> jaccard(t, words) >= MAX_OVERLAP)) {
        continue;
      }
      taken.add(words);
      brief.add(new BriefSentence(claim.text(), claim.sources(), claim.independentSources()));
    }
    return brief;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return union.isEmpty() ? 0 : (double) shared.size() / union.size();
  }
}
