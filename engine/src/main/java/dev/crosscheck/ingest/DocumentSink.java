package dev.crosscheck.ingest;

import dev.crosscheck.model.RawDocument;

/** Where a reader puts what it read: accepted documents and rejected inputs. */
interface DocumentSink {
  /** Takes a document read from an input. */
  void accept(RawDocument document);

  /** Records that an input (a path, or {@code path:line}) was not read, and why. */
  void reject(String input, String reason);
}
