/** The brief of a story: a few sentences, each citing its sources, best-corroborated first. */
package dev.crosscheck.brief;
