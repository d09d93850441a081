package dev.crosscheck.eval.pairs;

import dev.crosscheck.model.Article;

/**
 * One pair of a data set with its gold value.
 *
 * @param id the pair's id
 * @param group the language pair ({@code en-en}), or {@code "-"} when the set gives none
 * @param gold the gold value on the set's {@link GoldScale}
 */
public record LabeledPair(String id, String group, Article a, Article b, double gold) {}
