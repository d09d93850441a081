package dev.crosscheck.extract;

/**
 * What an extractor found in a document, before hints are applied. Every field but {@code text} may
 * be null.
 *
 * @param text the body, paragraphs separated by a blank line; never null
 */
record Extraction(
    String title, String byline, String published, String source, String url, String text) {
  Extraction {
    text = text == null ? "" : text;
  }
}
