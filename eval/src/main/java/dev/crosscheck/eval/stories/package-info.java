/**
 * Story clustering evaluation: reads a stories data set ({@code articles.jsonl} + {@code
 * gold.tsv}), clusters it and scores the result by B-cubed and adjusted Rand index, with the worst
 * merges and splits for a person to read.
 */
package dev.crosscheck.eval.stories;
