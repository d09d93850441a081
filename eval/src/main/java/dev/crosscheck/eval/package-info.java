/**
 * Evaluations of each stage on the development data in {@code ../shared/data}: the metrics, the
 * readers of the data sets' gold files, and the baselines measured side by side.
 */
package dev.crosscheck.eval;
