/**
 * The brief of a story: a few sentences, each citing its sources, best-corroborated first; and its
 * fact sheet (who, what, where, when) from a replaceable recognizer of names and days.
 */
package dev.crosscheck.brief;
