/**
 * Groups articles into stories, one per event, online: {@link
 * dev.crosscheck.cluster.IncrementalClusterer} links each new article to candidates that share
 * salient words, names or a MinHash band, and cuts stories by average link within each linked
 * neighbourhood.
 */
package dev.crosscheck.cluster;
