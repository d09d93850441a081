/**
 * Reading inputs: files and folders of plain text, HTML, JSON Lines, RSS/Atom feeds and WARC
 * archives (optionally gzipped) become raw documents, URLs are never fetched; everything else is
 * rejected with a reason a person understands. {@link dev.crosscheck.ingest.DocumentReader} is the
 * front door; input sizes are bounded by default.
 */
package dev.crosscheck.ingest;
