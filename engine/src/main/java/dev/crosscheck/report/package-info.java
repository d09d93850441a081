/**
 * The HTML report of a run: one self-contained, offline page with stories, cited briefs, lineage
 * and claims. Everything taken from the inputs is treated as hostile and escaped by construction.
 */
package dev.crosscheck.report;
