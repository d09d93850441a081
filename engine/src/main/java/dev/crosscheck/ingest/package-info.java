/**
 * Reading inputs: files and folders of plain text, HTML (optionally gzipped) and JSON Lines become
 * raw documents; everything else is rejected with a reason a person understands. {@link
 * dev.crosscheck.ingest.DocumentReader} is the front door; input sizes are bounded by default.
 */
package dev.crosscheck.ingest;
