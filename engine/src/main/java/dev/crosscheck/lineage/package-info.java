/**
 * Lineage inside a story: which articles derive from which (copy, rewrite, translation, padded) and
 * which report on their own, from sentence alignment, publication dates and filler.
 */
package dev.crosscheck.lineage;
