/**
 * Pair evaluations: how well {@code crosscheck compare}'s {@code equivalent} matches binary gold
 * labels (accuracy, F1) and its {@code similarity} graded gold scores (Pearson, Spearman), on
 * sentence-pair and article-pair data sets.
 */
package dev.crosscheck.eval.pairs;
