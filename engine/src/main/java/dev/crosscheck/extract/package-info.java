/**
 * Extraction: turns a raw HTML or plain-text document into an article (title, byline, date, body)
 * with the page chrome removed. {@link dev.crosscheck.extract.ArticleExtractor} is the front door.
 */
package dev.crosscheck.extract;
