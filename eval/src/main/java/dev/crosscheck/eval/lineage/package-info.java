/**
 * Lineage and claims evaluation on a generated corpus: real articles transformed in known ways
 * (copies, drops, reordering, spinning, padding, changed facts — figures, weekdays, roles, quotes,
 * places, speakers — reformulation, and changed facts under reformulation), with the expected
 * roles, parents, conflicts and filler known by construction.
 */
package dev.crosscheck.eval.lineage;
