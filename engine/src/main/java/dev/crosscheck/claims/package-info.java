/**
 * Claims: the factual sentences of a story's articles, aligned across articles into claims, each
 * counted by independent lineage groups and checked, slot by slot, for changed figures, days,
 * roles, negations, quote wording, places, speakers and names; statements only one lineage carries
 * are marked as unsupported additions.
 */
package dev.crosscheck.claims;
