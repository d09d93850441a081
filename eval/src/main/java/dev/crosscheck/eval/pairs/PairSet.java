package dev.crosscheck.eval.pairs;

import java.util.List;

/**
 * A pair data set: {@code pairs.jsonl} with {@code gold.tsv} (format in the data folder's README).
 *
 * @param name the folder name
 * @param scale what the gold values mean
 * @param pairs the pairs that have a gold value, in file order
 * @param rejected lines that could not be read
 */
public record PairSet(String name, GoldScale scale, List<LabeledPair> pairs, int rejected) {
  public PairSet {
    pairs = List.copyOf(pairs);
  }
}
