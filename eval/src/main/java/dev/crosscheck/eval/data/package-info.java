/** Readers of the development data sets' common formats (articles, gold labels, summaries). */
package dev.crosscheck.eval.data;
