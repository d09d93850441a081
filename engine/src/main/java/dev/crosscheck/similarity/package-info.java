/**
 * Pair scoring: sentence features, sentence-to-sentence alignment between two articles (exact, near
 * and lexical-paraphrase matches, one-to-one, order-aware) and the relation of two articles derived
 * from it.
 */
package dev.crosscheck.similarity;
