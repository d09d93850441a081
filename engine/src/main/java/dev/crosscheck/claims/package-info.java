/**
 * Claims: the factual sentences of a story's articles, aligned across articles into claims, each
 * counted by independent lineage groups and checked for changed figures, days, roles, negations and
 * quote wording.
 */
package dev.crosscheck.claims;
