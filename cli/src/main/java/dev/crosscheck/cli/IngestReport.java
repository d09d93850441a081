package dev.crosscheck.cli;

import dev.crosscheck.store.IngestEntry;
import dev.crosscheck.store.IngestStatus;
import java.io.PrintWriter;
import java.util.List;

/**
 * What an ingest into a store did, for a person: rejections on stderr as {@code run} prints them,
 * duplicates on stdout (they are expected when feeds overlap, not errors).
 *
 * @param added articles stored
 * @param duplicates articles already in the store
 * @param rejected inputs not stored
 */
record IngestReport(int added, int duplicates, int rejected) {
  /** Prints one line per duplicate and rejection, and counts the entries. */
  static IngestReport print(List<IngestEntry> entries, PrintWriter out, PrintWriter err) {
    int added = 0;
    int duplicates = 0;
    int rejected = 0;
    for (IngestEntry e : entries) {
      if (e.status() == IngestStatus.ACCEPTED) {
        added++;
      } else if (e.status() == IngestStatus.DUPLICATE) {
        duplicates++;
        out.println("duplicate: " + e.input() + ": " + e.reason());
      } else {
        rejected++;
        err.println("rejected: " + e.input() + ": " + e.reason());
      }
    }
    return new IngestReport(added, duplicates, rejected);
  }
}
