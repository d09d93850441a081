/**
 * Groups articles into stories: one story per event, from the weighted vocabulary the articles
 * share and the near-duplicates their fingerprints reveal.
 */
package dev.crosscheck.cluster;
