package dev.crosscheck.model;

import java.util.List;

/** What reading the inputs gave: documents to extract, and inputs rejected with their reasons. */
public record IngestResult(List<RawDocument> documents, List<Rejection> rejected) {
  public IngestResult {
    documents = List.copyOf(documents);
    rejected = List.copyOf(rejected);
  }
}
