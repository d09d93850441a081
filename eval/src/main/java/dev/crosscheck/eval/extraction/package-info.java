/**
 * The main-text extraction evaluation: the trafilatura segment scoring (must / must-not snippets)
 * of our extractor beside boilerpipe and Readability4J, with their speed and our metadata accuracy.
 */
package dev.crosscheck.eval.extraction;
